import { AutocompleteInput, ReferenceInput, SearchInput, SelectInput } from 'react-admin';
import { enumChoices } from '../../app/common/enumChoices';
import { ComponentReferenceInput } from './ComponentReferenceInput';

const field = (name: string) => `resources.IndicatorResult.fields.${name}`;

/** The IndicatorResultFilter inputs of the API. */
export const indicatorResultFilters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <ReferenceInput key="frameworkId" source="frameworkId" reference="ResultsFramework">
    <AutocompleteInput label={field('frameworkId')} optionText="title" />
  </ReferenceInput>,
  <ReferenceInput key="indicatorId" source="indicatorId" reference="Indicator" sort={{ field: 'code', order: 'ASC' }}>
    <AutocompleteInput label={field('indicatorId')} optionText="code" />
  </ReferenceInput>,
  <ComponentReferenceInput key="componentId" source="componentId" />,
  <ReferenceInput key="officeId" source="officeId" reference="Office" sort={{ field: 'code', order: 'ASC' }}>
    <AutocompleteInput label={field('officeId')} optionText="code" />
  </ReferenceInput>,
  <ReferenceInput
    key="periodId"
    source="periodId"
    reference="ReportingPeriod"
    sort={{ field: 'startDate', order: 'DESC' }}
  >
    <AutocompleteInput label={field('periodId')} optionText="code" />
  </ReferenceInput>,
  <SelectInput key="milestoneStatus" source="milestoneStatus" choices={enumChoices('MilestoneStatus')} />,
];
