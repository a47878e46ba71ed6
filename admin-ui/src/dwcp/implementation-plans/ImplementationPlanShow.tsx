import { Box } from '@mui/material';
import { NumberField, ReferenceField, Show, SimpleShowLayout, TextField } from 'react-admin';
import { EnumField } from '../../app/common/EnumField';
import { PlanItemsSection } from './PlanItemsSection';
import { PlanWorkflowButtons } from './PlanWorkflowButtons';
import { PlanTitle } from './PlanRepresentation';

/** A plan, its review (submit, approve, return) and its outputs with their activities. */
export const ImplementationPlanShow = () => (
  <Show title={<PlanTitle />}>
    <SimpleShowLayout>
      <ReferenceField source="programmeId" reference="CountryProgramme" link="show">
        <TextField source="title" />
      </ReferenceField>
      <NumberField source="year" options={{ useGrouping: false }} />
      <TextField source="notes" emptyText="—" sx={{ whiteSpace: 'pre-line' }} />
      <EnumField source="status" enumName="ReportStatus" />
      <TextField source="returnReason" emptyText="—" sx={{ whiteSpace: 'pre-line' }} />
    </SimpleShowLayout>
    <PlanWorkflowButtons />
    <Box sx={{ px: 2, pb: 2 }}>
      <PlanItemsSection />
    </Box>
  </Show>
);
