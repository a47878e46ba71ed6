import { AutocompleteInput, ReferenceInput, SearchInput } from 'react-admin';

/** The WorkAreaFilter inputs of the API: search and office. */
export const workAreaFilters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <ReferenceInput key="officeId" source="officeId" reference="Office" sort={{ field: 'code', order: 'ASC' }}>
    <AutocompleteInput label="resources.WorkArea.fields.officeId" optionText="code" />
  </ReferenceInput>,
];
