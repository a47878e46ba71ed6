import { ReferenceField, Show, SimpleShowLayout, TextField } from 'react-admin';
import { FrameworkOutcomeChips } from './FrameworkOutcomeChips';

export const ProgrammeOutcomeShow = () => (
  <Show>
    <SimpleShowLayout>
      <ReferenceField source="programmeId" reference="CountryProgramme" link="show">
        <TextField source="title" />
      </ReferenceField>
      <TextField source="code" />
      <TextField source="title" />
      <TextField source="description" emptyText="—" sx={{ whiteSpace: 'pre-line' }} />
      <FrameworkOutcomeChips source="frameworkOutcomeIds" />
    </SimpleShowLayout>
  </Show>
);
