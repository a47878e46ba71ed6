import { ReferenceField, Show, SimpleShowLayout, TextField } from 'react-admin';
import { WorkAreaReferenceField } from './WorkAreaLabel';
import { WorkAreaProgressField } from './WorkAreaProgressField';

export const WorkAreaStatusShow = () => (
  <Show>
    <SimpleShowLayout>
      <WorkAreaReferenceField source="workAreaId" />
      <ReferenceField source="periodId" reference="ReportingPeriod" link={false}>
        <TextField source="code" />
      </ReferenceField>
      <WorkAreaProgressField source="status" />
      <TextField source="note" emptyText="—" sx={{ whiteSpace: 'pre-line' }} />
    </SimpleShowLayout>
  </Show>
);
