import { NumberField, ReferenceField, Show, SimpleShowLayout, TextField } from 'react-admin';

export const CriticalIssueShow = () => (
  <Show>
    <SimpleShowLayout>
      <ReferenceField source="updateId" reference="QuarterlyUpdate" link="show" />
      <NumberField source="position" />
      <TextField source="title" />
      <TextField source="description" sx={{ whiteSpace: 'pre-line' }} />
    </SimpleShowLayout>
  </Show>
);
