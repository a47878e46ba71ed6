import { AutocompleteInput, DateInput, ReferenceInput, SearchInput, SelectInput } from 'react-admin';

/** The KmMilestoneFilter inputs of the API: search, office, community and start dates. */
export const kmMilestoneFilters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <ReferenceInput key="officeId" source="officeId" reference="Office" sort={{ field: 'code', order: 'ASC' }}>
    <AutocompleteInput label="resources.KmMilestone.fields.officeId" optionText="code" />
  </ReferenceInput>,
  <ReferenceInput
    key="communityId"
    source="communityId"
    reference="CommunityOfPractice"
    sort={{ field: 'acronym', order: 'ASC' }}
  >
    <SelectInput label="resources.KmMilestone.fields.communityId" optionText="acronym" />
  </ReferenceInput>,
  <DateInput key="startDate_gte" source="startDate_gte" />,
  <DateInput key="startDate_lte" source="startDate_lte" />,
];
