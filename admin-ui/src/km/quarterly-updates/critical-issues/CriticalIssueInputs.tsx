import { Box } from '@mui/material';
import { createElement } from 'react';
import { NumberInput, ReferenceInput, SelectInput, TextInput, minValue, required } from 'react-admin';
import { UpdateRepresentation } from '../UpdateRepresentation';

const row = { display: 'flex', gap: 2, flexWrap: 'wrap', width: '100%', '& > *': { flex: '1 1 220px' } } as const;

/** An issue's inputs, shared by Create and Edit; an issue stays in its quarterly update. */
export const CriticalIssueInputs = ({ edit = false }: { edit?: boolean }) => (
  <>
    <Box sx={row}>
      <ReferenceInput source="updateId" reference="QuarterlyUpdate" sort={{ field: 'periodId', order: 'DESC' }}>
        <SelectInput
          label="resources.CriticalIssue.fields.updateId"
          optionText={createElement(UpdateRepresentation)}
          validate={required()}
          readOnly={edit}
        />
      </ReferenceInput>
      <NumberInput
        source="position"
        step={1}
        validate={minValue(1)}
        helperText="resources.CriticalIssue.helpers.position"
      />
    </Box>
    <TextInput source="title" validate={required()} helperText="resources.CriticalIssue.helpers.title" fullWidth />
    <TextInput source="description" validate={required()} multiline minRows={3} fullWidth />
  </>
);
