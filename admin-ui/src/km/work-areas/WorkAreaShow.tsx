import { Box } from '@mui/material';
import { NumberField, ReferenceField, Show, SimpleShowLayout, TextField } from 'react-admin';
import { WorkAreaStatusesSection } from './WorkAreaStatusesSection';

/** A work area and how it stood each quarter. */
export const WorkAreaShow = () => (
  <Show>
    <SimpleShowLayout>
      <ReferenceField source="officeId" reference="Office" link="show">
        <TextField source="code" />
      </ReferenceField>
      <NumberField source="number" />
      <TextField source="title" />
      <TextField source="description" emptyText="—" sx={{ whiteSpace: 'pre-line' }} />
    </SimpleShowLayout>
    <Box sx={{ px: 2, pb: 2 }}>
      <WorkAreaStatusesSection />
    </Box>
  </Show>
);
