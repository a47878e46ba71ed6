import { Box } from '@mui/material';
import { createElement } from 'react';
import { useWatch } from 'react-hook-form';
import {
  AutocompleteInput,
  BooleanInput,
  NumberInput,
  ReferenceArrayInput,
  ReferenceInput,
  SelectArrayInput,
  SelectInput,
  TextInput,
  minValue,
  required,
  useGetOne,
} from 'react-admin';
import { enumChoices } from '../../app/common/enumChoices';
import { PlanRepresentation } from '../implementation-plans/PlanRepresentation';
import { ComponentLabel } from './ComponentLabel';

const quarter = { kind: 'QUARTER' };
const byStart = { field: 'startDate', order: 'ASC' } as const;

// Inputs side by side on wide screens, stacked on narrow ones.
const row = { display: 'flex', gap: 2, flexWrap: 'wrap', width: '100%', '& > *': { flex: '1 1 220px' } } as const;
/** Only the outcomes of the plan's own programme can be chosen. */
const ProgrammeOutcomeInput = () => {
  const planId = useWatch({ name: 'planId' }) as string | undefined;
  const { data: plan } = useGetOne<{ id: string; programmeId: string }>(
    'ImplementationPlan',
    { id: planId ?? '' },
    { enabled: !!planId },
  );
  return (
    <ReferenceInput
      source="programmeOutcomeId"
      reference="ProgrammeOutcome"
      filter={plan ? { programmeId: plan.programmeId } : {}}
      sort={{ field: 'code', order: 'ASC' }}
    >
      <AutocompleteInput
        label="resources.PlanItem.fields.programmeOutcomeId"
        optionText={(outcome: { code: string; title: string }) => `${outcome.code} ${outcome.title}`}
        helperText="resources.PlanItem.helpers.programmeOutcomeId"
        fullWidth
      />
    </ReferenceInput>
  );
};

/** For an activity: one of the plan's outputs. */
const ParentOutputInput = () => {
  const planId = useWatch({ name: 'planId' }) as string | undefined;
  const kind = useWatch({ name: 'kind' }) as string | undefined;
  if (kind !== 'ACTIVITY') return null;
  return (
    <ReferenceInput
      source="parentId"
      reference="PlanItem"
      filter={planId ? { planId, kind: 'OUTPUT' } : { kind: 'OUTPUT' }}
      sort={{ field: 'code', order: 'ASC' }}
      perPage={200}
    >
      <AutocompleteInput
        label="resources.PlanItem.fields.parentId"
        optionText={(output: { code: string; title: string }) => `${output.code} ${output.title}`}
        helperText="resources.PlanItem.helpers.parentId"
        fullWidth
      />
    </ReferenceInput>
  );
};

/**
 * A plan item's inputs, shared by Create and Edit. An item stays in its plan, so Edit shows the plan
 * read-only; periods are quarters.
 */
export const PlanItemInputs = ({ edit = false }: { edit?: boolean }) => (
  <>
    <ReferenceInput source="planId" reference="ImplementationPlan" sort={{ field: 'year', order: 'DESC' }}>
      <SelectInput
        label="resources.PlanItem.fields.planId"
        optionText={createElement(PlanRepresentation)}
        validate={required()}
        readOnly={edit}
      />
    </ReferenceInput>
    <Box sx={row}>
      <TextInput source="code" validate={required()} helperText="resources.PlanItem.helpers.code" />
      <SelectInput source="kind" choices={enumChoices('PlanItemKind')} validate={required()} />
    </Box>
    <TextInput source="title" validate={required()} fullWidth />
    <TextInput source="description" multiline minRows={3} fullWidth />
    <ParentOutputInput />
    <ProgrammeOutcomeInput />
    <Box sx={row}>
      <SelectInput source="fundingSource" choices={enumChoices('FundingSource')} validate={required()} />
      <NumberInput source="budgetUsd" min={0} validate={minValue(0)} />
      <NumberInput
        source="expenditureUsd"
        min={0}
        validate={minValue(0)}
        helperText="resources.PlanItem.helpers.expenditureUsd"
      />
      <TextInput source="responsible" helperText="resources.PlanItem.helpers.responsible" />
    </Box>
    <Box sx={row}>
      <ReferenceInput source="startPeriodId" reference="ReportingPeriod" filter={quarter} sort={byStart} perPage={100}>
        <AutocompleteInput label="resources.PlanItem.fields.startPeriodId" optionText="code" validate={required()} />
      </ReferenceInput>
      <ReferenceInput source="endPeriodId" reference="ReportingPeriod" filter={quarter} sort={byStart} perPage={100}>
        <AutocompleteInput label="resources.PlanItem.fields.endPeriodId" optionText="code" validate={required()} />
      </ReferenceInput>
    </Box>
    <ReferenceArrayInput
      source="componentIds"
      reference="IndicatorComponent"
      sort={{ field: 'indicatorId', order: 'ASC' }}
      perPage={200}
    >
      <SelectArrayInput
        label="resources.PlanItem.fields.componentIds"
        optionText={createElement(ComponentLabel)}
        helperText="resources.PlanItem.helpers.componentIds"
        fullWidth
      />
    </ReferenceArrayInput>
    <BooleanInput source="knowledgeSharing" helperText="resources.PlanItem.helpers.knowledgeSharing" />
  </>
);
