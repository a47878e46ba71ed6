import { AutocompleteInput, ReferenceInput, SearchInput, SelectInput } from 'react-admin';
import { enumChoices } from '../../app/common/enumChoices';

/** The CommunityOfPracticeFilter inputs of the API: search, office and status. */
export const communityOfPracticeFilters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <ReferenceInput key="officeId" source="officeId" reference="Office" sort={{ field: 'code', order: 'ASC' }}>
    <AutocompleteInput label="resources.CommunityOfPractice.fields.officeId" optionText="code" />
  </ReferenceInput>,
  <SelectInput key="status" source="status" choices={enumChoices('CommunityStatus')} />,
];
