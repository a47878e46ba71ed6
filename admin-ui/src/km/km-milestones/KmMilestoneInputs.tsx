import { Box } from '@mui/material';
import { createElement } from 'react';
import { useWatch } from 'react-hook-form';
import {
  AutocompleteInput,
  DateInput,
  ReferenceArrayInput,
  ReferenceInput,
  SelectArrayInput,
  SelectInput,
  TextInput,
  required,
  type Validator,
} from 'react-admin';
import { ComponentLabel } from '../../dwcp/plan-items/ComponentLabel';

const row = { display: 'flex', gap: 2, flexWrap: 'wrap', width: '100%', '& > *': { flex: '1 1 220px' } } as const;

/** The end date, when given, is not before the start date. */
const notBeforeStart: Validator = (value: unknown, values: { startDate?: string }) =>
  value && values.startDate && String(value) < values.startDate ? 'resources.KmMilestone.errors.endDate' : undefined;

/** Only the communities of practice of the milestone's office can be chosen. */
const CommunityInput = () => {
  const officeId = useWatch({ name: 'officeId' }) as string | undefined;
  return (
    <ReferenceInput
      source="communityId"
      reference="CommunityOfPractice"
      filter={officeId ? { officeId } : {}}
      sort={{ field: 'acronym', order: 'ASC' }}
    >
      <SelectInput
        label="resources.KmMilestone.fields.communityId"
        optionText="acronym"
        helperText="resources.KmMilestone.helpers.communityId"
        emptyText="—"
      />
    </ReferenceInput>
  );
};

/** A milestone's inputs, shared by Create and Edit; a milestone stays with its office. */
export const KmMilestoneInputs = ({ edit = false }: { edit?: boolean }) => (
  <>
    <ReferenceInput source="officeId" reference="Office" sort={{ field: 'code', order: 'ASC' }}>
      <AutocompleteInput
        label="resources.KmMilestone.fields.officeId"
        optionText="code"
        validate={required()}
        readOnly={edit}
      />
    </ReferenceInput>
    <TextInput source="title" validate={required()} fullWidth />
    <TextInput
      source="description"
      validate={required()}
      multiline
      minRows={3}
      helperText="resources.KmMilestone.helpers.description"
      fullWidth
    />
    <Box sx={row}>
      <DateInput source="startDate" validate={required()} />
      <DateInput source="endDate" validate={notBeforeStart} helperText="resources.KmMilestone.helpers.endDate" />
    </Box>
    <TextInput source="link" type="url" fullWidth />
    <Box sx={row}>
      <CommunityInput />
      <ReferenceArrayInput
        source="componentIds"
        reference="IndicatorComponent"
        sort={{ field: 'indicatorId', order: 'ASC' }}
        perPage={200}
      >
        <SelectArrayInput
          label="resources.KmMilestone.fields.componentIds"
          optionText={createElement(ComponentLabel)}
          helperText="resources.KmMilestone.helpers.componentIds"
          fullWidth
        />
      </ReferenceArrayInput>
    </Box>
  </>
);
