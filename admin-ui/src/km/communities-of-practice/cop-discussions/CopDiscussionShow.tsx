import { NumberField, ReferenceField, Show, SimpleShowLayout, TextField } from 'react-admin';
import { LocaleDateField } from '../../../app/common/LocaleDateField';

export const CopDiscussionShow = () => (
  <Show>
    <SimpleShowLayout>
      <ReferenceField source="communityId" reference="CommunityOfPractice" link="show">
        <TextField source="acronym" />
      </ReferenceField>
      <TextField source="topic" />
      <LocaleDateField source="startDate" />
      <LocaleDateField source="endDate" />
      <TextField source="moderator" emptyText="—" />
      <NumberField source="reach" emptyText="—" />
      <TextField source="summary" emptyText="—" sx={{ whiteSpace: 'pre-line' }} />
    </SimpleShowLayout>
  </Show>
);
