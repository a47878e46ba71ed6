import { ReferenceInput, SearchInput, SelectInput, TextInput, AutocompleteInput } from 'react-admin';
import { enumChoices } from '../../app/common/enumChoices';

/** The OfficeFilter inputs of the API: search, code, type, parent office and a covered country. */
export const officeFilters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <TextInput key="code" source="code" />,
  <SelectInput key="type" source="type" choices={enumChoices('OfficeType')} />,
  <ReferenceInput key="parentId" source="parentId" reference="Office" sort={{ field: 'code', order: 'ASC' }}>
    <AutocompleteInput label="resources.Office.fields.parentId" optionText="code" />
  </ReferenceInput>,
  <TextInput key="country" source="country" label="resources.Office.filters.country" />,
];
