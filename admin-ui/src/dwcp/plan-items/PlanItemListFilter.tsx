import { createElement } from 'react';
import { AutocompleteInput, NullableBooleanInput, ReferenceInput, SearchInput, SelectInput } from 'react-admin';
import { enumChoices } from '../../app/common/enumChoices';
import { PlanRepresentation } from '../implementation-plans/PlanRepresentation';

/** The PlanItemFilter inputs of the API: search, plan, programme outcome, funding and knowledge sharing. */
export const planItemFilters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <ReferenceInput key="planId" source="planId" reference="ImplementationPlan" sort={{ field: 'year', order: 'DESC' }}>
    <SelectInput label="resources.PlanItem.fields.planId" optionText={createElement(PlanRepresentation)} />
  </ReferenceInput>,
  <ReferenceInput
    key="programmeOutcomeId"
    source="programmeOutcomeId"
    reference="ProgrammeOutcome"
    sort={{ field: 'code', order: 'ASC' }}
  >
    <AutocompleteInput label="resources.PlanItem.fields.programmeOutcomeId" optionText="code" />
  </ReferenceInput>,
  <SelectInput key="fundingSource" source="fundingSource" choices={enumChoices('FundingSource')} />,
  <NullableBooleanInput key="knowledgeSharing" source="knowledgeSharing" />,
];
