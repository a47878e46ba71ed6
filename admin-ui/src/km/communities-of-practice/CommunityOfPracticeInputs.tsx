import { Box } from '@mui/material';
import { AutocompleteInput, DateInput, ReferenceInput, SelectInput, TextInput, required } from 'react-admin';
import { enumChoices } from '../../app/common/enumChoices';

const row = { display: 'flex', gap: 2, flexWrap: 'wrap', width: '100%', '& > *': { flex: '1 1 220px' } } as const;

/** A community's inputs, shared by Create and Edit; the sponsoring office stays once created. */
export const CommunityOfPracticeInputs = ({ edit = false }: { edit?: boolean }) => (
  <>
    <Box sx={row}>
      <TextInput source="acronym" validate={required()} helperText="resources.CommunityOfPractice.helpers.acronym" />
      <ReferenceInput source="officeId" reference="Office" sort={{ field: 'code', order: 'ASC' }}>
        <AutocompleteInput
          label="resources.CommunityOfPractice.fields.officeId"
          optionText="code"
          validate={required()}
          readOnly={edit}
        />
      </ReferenceInput>
    </Box>
    <TextInput source="name" validate={required()} fullWidth />
    <Box sx={row}>
      <TextInput source="theme" validate={required()} helperText="resources.CommunityOfPractice.helpers.theme" />
      <SelectInput source="status" choices={enumChoices('CommunityStatus')} validate={required()} />
      <DateInput source="launchDate" />
    </Box>
    <TextInput source="address" type="url" helperText="resources.CommunityOfPractice.helpers.address" fullWidth />
    <TextInput source="description" multiline minRows={3} fullWidth />
  </>
);
