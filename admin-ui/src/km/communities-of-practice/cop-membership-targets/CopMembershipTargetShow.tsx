import { NumberField, ReferenceField, Show, SimpleShowLayout, TextField } from 'react-admin';

export const CopMembershipTargetShow = () => (
  <Show>
    <SimpleShowLayout>
      <ReferenceField source="communityId" reference="CommunityOfPractice" link="show">
        <TextField source="acronym" />
      </ReferenceField>
      <NumberField source="position" />
      <TextField source="memberGroup" />
      <NumberField source="targetMembers" />
      <NumberField source="currentMembers" emptyText="—" />
    </SimpleShowLayout>
  </Show>
);
