import { EmailField, NumberField, ReferenceField, Show, SimpleShowLayout, TextField } from 'react-admin';

export const KeyContactShow = () => (
  <Show>
    <SimpleShowLayout>
      <ReferenceField source="updateId" reference="QuarterlyUpdate" link="show" />
      <NumberField source="position" />
      <TextField source="name" />
      <TextField source="title" />
      <EmailField source="email" />
    </SimpleShowLayout>
  </Show>
);
