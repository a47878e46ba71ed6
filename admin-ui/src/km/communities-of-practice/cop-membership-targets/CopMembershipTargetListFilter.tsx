import { ReferenceInput, SearchInput, SelectInput } from 'react-admin';

/** The CopMembershipTargetFilter inputs of the API: search and community. */
export const copMembershipTargetFilters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <ReferenceInput
    key="communityId"
    source="communityId"
    reference="CommunityOfPractice"
    sort={{ field: 'acronym', order: 'ASC' }}
  >
    <SelectInput label="resources.CopMembershipTarget.fields.communityId" optionText="acronym" />
  </ReferenceInput>,
];
