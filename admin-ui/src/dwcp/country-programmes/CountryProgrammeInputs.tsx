import { Box } from '@mui/material';
import {
  AutocompleteInput,
  NumberInput,
  ReferenceInput,
  SelectInput,
  TextInput,
  maxValue,
  minValue,
  regex,
  required,
} from 'react-admin';
import { enumChoices } from '../../app/common/enumChoices';

// Inputs side by side on wide screens, stacked on narrow ones.
const row = { display: 'flex', gap: 2, flexWrap: 'wrap', width: '100%', '& > *': { flex: '1 1 220px' } } as const;
const year = [required(), minValue(1990), maxValue(2100)];
const countryCode = [required(), regex(/^[A-Z]{3}$/, 'resources.CountryProgramme.helpers.countryCode')];

/**
 * The programme's inputs, shared by Create and Edit. The API keeps a programme's country and office
 * once created, so Edit shows them read-only.
 */
export const CountryProgrammeInputs = ({ edit = false }: { edit?: boolean }) => (
  <>
    <TextInput source="title" validate={required()} fullWidth />
    <Box sx={row}>
      <TextInput
        source="countryCode"
        validate={countryCode}
        parse={(value: string) => value.toUpperCase()}
        helperText="resources.CountryProgramme.helpers.countryCode"
        readOnly={edit}
        slotProps={{ htmlInput: { maxLength: 3 } }}
      />
      <ReferenceInput source="officeId" reference="Office" sort={{ field: 'code', order: 'ASC' }}>
        <AutocompleteInput
          label="resources.CountryProgramme.fields.officeId"
          optionText="code"
          validate={required()}
          readOnly={edit}
        />
      </ReferenceInput>
    </Box>
    <Box sx={row}>
      <NumberInput source="startYear" validate={year} step={1} />
      <NumberInput source="endYear" validate={year} step={1} />
      <SelectInput source="status" choices={enumChoices('ProgrammeStatus')} validate={required()} />
    </Box>
  </>
);
