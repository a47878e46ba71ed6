import { Box } from '@mui/material';
import { AutocompleteInput, NumberInput, ReferenceInput, TextInput, minValue, required } from 'react-admin';

const row = { display: 'flex', gap: 2, flexWrap: 'wrap', width: '100%', '& > *': { flex: '1 1 220px' } } as const;

/** A work area's inputs, shared by Create and Edit; an area stays with its office. */
export const WorkAreaInputs = ({ edit = false }: { edit?: boolean }) => (
  <>
    <Box sx={row}>
      <ReferenceInput source="officeId" reference="Office" sort={{ field: 'code', order: 'ASC' }}>
        <AutocompleteInput
          label="resources.WorkArea.fields.officeId"
          optionText="code"
          validate={required()}
          readOnly={edit}
        />
      </ReferenceInput>
      <NumberInput
        source="number"
        step={1}
        validate={[required(), minValue(1)]}
        helperText="resources.WorkArea.helpers.number"
      />
    </Box>
    <TextInput source="title" validate={required()} fullWidth />
    <TextInput source="description" multiline minRows={3} fullWidth />
  </>
);
