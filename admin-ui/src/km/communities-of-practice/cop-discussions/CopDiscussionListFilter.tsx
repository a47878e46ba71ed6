import { DateInput, ReferenceInput, SearchInput, SelectInput } from 'react-admin';

/** The CopDiscussionFilter inputs of the API: search, community and start dates. */
export const copDiscussionFilters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <ReferenceInput
    key="communityId"
    source="communityId"
    reference="CommunityOfPractice"
    sort={{ field: 'acronym', order: 'ASC' }}
  >
    <SelectInput label="resources.CopDiscussion.fields.communityId" optionText="acronym" />
  </ReferenceInput>,
  <DateInput key="startDate_gte" source="startDate_gte" />,
  <DateInput key="startDate_lte" source="startDate_lte" />,
];
