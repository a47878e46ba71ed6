import {
  AutocompleteInput,
  ReferenceInput,
  SelectInput,
  TextArrayInput,
  TextInput,
  maxLength,
  regex,
  required,
} from 'react-admin';
import { enumChoices } from '../../app/common/enumChoices';

const countryCodes = (codes: unknown) =>
  Array.isArray(codes) && codes.some((code) => !/^[A-Z]{3}$/.test(String(code)))
    ? 'resources.Office.validation.countries'
    : undefined;

/** Shared by create and edit; the API checks codes, parents and countries again. */
export const OfficeInputs = () => (
  <>
    <TextInput
      source="code"
      validate={[required(), maxLength(32), regex(/^\S+$/, 'resources.Office.validation.code')]}
    />
    <TextInput source="name" validate={required()} fullWidth />
    <SelectInput source="type" choices={enumChoices('OfficeType')} validate={required()} />
    <ReferenceInput source="parentId" reference="Office" sort={{ field: 'code', order: 'ASC' }}>
      <AutocompleteInput label="resources.Office.fields.parentId" optionText="code" />
    </ReferenceInput>
    <TextArrayInput
      source="countries"
      helperText="resources.Office.helper.countries"
      validate={countryCodes}
      parse={(codes: string[]) => codes.map((code) => code.trim().toUpperCase())}
    />
  </>
);
