import { Box } from '@mui/material';
import {
  DateInput,
  NumberInput,
  ReferenceInput,
  SelectInput,
  TextInput,
  minValue,
  required,
  type Validator,
} from 'react-admin';

const row = { display: 'flex', gap: 2, flexWrap: 'wrap', width: '100%', '& > *': { flex: '1 1 220px' } } as const;

/** The end date is not before the start date. */
const notBeforeStart: Validator = (value: unknown, values: { startDate?: string }) =>
  value && values.startDate && String(value) < values.startDate ? 'resources.CopDiscussion.errors.endDate' : undefined;

/** A discussion's inputs, shared by Create and Edit; a discussion stays in its community. */
export const CopDiscussionInputs = ({ edit = false }: { edit?: boolean }) => (
  <>
    <ReferenceInput source="communityId" reference="CommunityOfPractice" sort={{ field: 'acronym', order: 'ASC' }}>
      <SelectInput
        label="resources.CopDiscussion.fields.communityId"
        optionText="acronym"
        validate={required()}
        readOnly={edit}
      />
    </ReferenceInput>
    <TextInput source="topic" validate={required()} fullWidth />
    <Box sx={row}>
      <DateInput source="startDate" validate={required()} />
      <DateInput source="endDate" validate={[required(), notBeforeStart]} />
    </Box>
    <Box sx={row}>
      <TextInput source="moderator" />
      <NumberInput source="reach" step={1} validate={minValue(0)} helperText="resources.CopDiscussion.helpers.reach" />
    </Box>
    <TextInput source="summary" multiline minRows={3} fullWidth />
  </>
);
