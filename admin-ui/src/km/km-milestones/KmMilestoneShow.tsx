import { ReferenceField, Show, SimpleShowLayout, TextField, UrlField } from 'react-admin';
import { ComponentChips } from '../../dwcp/plan-items/ComponentLabel';
import { MilestoneDatesField } from './MilestoneDatesField';

export const KmMilestoneShow = () => (
  <Show>
    <SimpleShowLayout>
      <ReferenceField source="officeId" reference="Office" link="show">
        <TextField source="code" />
      </ReferenceField>
      <MilestoneDatesField source="startDate" label="resources.KmMilestone.fields.dates" />
      <TextField source="title" />
      <TextField source="description" sx={{ whiteSpace: 'pre-line' }} />
      <UrlField source="link" emptyText="—" target="_blank" rel="noopener" />
      <ReferenceField source="communityId" reference="CommunityOfPractice" link="show" emptyText="—">
        <TextField source="acronym" />
      </ReferenceField>
      <ComponentChips source="componentIds" label="resources.KmMilestone.fields.componentIds" />
    </SimpleShowLayout>
  </Show>
);
