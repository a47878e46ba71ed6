import { Box } from '@mui/material';
import { createElement } from 'react';
import { NumberInput, ReferenceInput, SelectInput, TextInput, email, minValue, required } from 'react-admin';
import { UpdateRepresentation } from '../UpdateRepresentation';

const row = { display: 'flex', gap: 2, flexWrap: 'wrap', width: '100%', '& > *': { flex: '1 1 220px' } } as const;

/** A contact's inputs, shared by Create and Edit; a contact stays in its quarterly update. */
export const KeyContactInputs = ({ edit = false }: { edit?: boolean }) => (
  <>
    <Box sx={row}>
      <ReferenceInput source="updateId" reference="QuarterlyUpdate" sort={{ field: 'periodId', order: 'DESC' }}>
        <SelectInput
          label="resources.KeyContact.fields.updateId"
          optionText={createElement(UpdateRepresentation)}
          validate={required()}
          readOnly={edit}
        />
      </ReferenceInput>
      <NumberInput
        source="position"
        step={1}
        validate={minValue(1)}
        helperText="resources.KeyContact.helpers.position"
      />
    </Box>
    <Box sx={row}>
      <TextInput source="name" validate={required()} />
      <TextInput source="email" type="email" validate={[required(), email()]} />
    </Box>
    <TextInput source="title" validate={required()} helperText="resources.KeyContact.helpers.title" fullWidth />
  </>
);
