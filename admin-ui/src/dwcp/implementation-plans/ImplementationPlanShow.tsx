import { Box } from '@mui/material';
import { NumberField, ReferenceField, Show, SimpleShowLayout, TextField } from 'react-admin';
import { PlanItemsSection } from './PlanItemsSection';
import { PlanTitle } from './PlanRepresentation';

/** A plan and its outputs and activities. */
export const ImplementationPlanShow = () => (
  <Show title={<PlanTitle />}>
    <SimpleShowLayout>
      <ReferenceField source="programmeId" reference="CountryProgramme" link="show">
        <TextField source="title" />
      </ReferenceField>
      <NumberField source="year" options={{ useGrouping: false }} />
      <TextField source="notes" emptyText="—" sx={{ whiteSpace: 'pre-line' }} />
    </SimpleShowLayout>
    <Box sx={{ px: 2, pb: 2 }}>
      <PlanItemsSection />
    </Box>
  </Show>
);
