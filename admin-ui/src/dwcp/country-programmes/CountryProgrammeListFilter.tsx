import { AutocompleteInput, ReferenceInput, SearchInput, SelectInput, TextInput } from 'react-admin';
import { enumChoices } from '../../app/common/enumChoices';

/** The CountryProgrammeFilter inputs of the API: search, status, office and country. */
export const countryProgrammeFilters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <SelectInput key="status" source="status" choices={enumChoices('ProgrammeStatus')} />,
  <ReferenceInput key="officeId" source="officeId" reference="Office" sort={{ field: 'code', order: 'ASC' }}>
    <AutocompleteInput label="resources.CountryProgramme.fields.officeId" optionText="code" />
  </ReferenceInput>,
  <TextInput
    key="countryCode"
    source="countryCode"
    parse={(value: string) => value.toUpperCase()}
    helperText="resources.CountryProgramme.helpers.countryCode"
  />,
];
