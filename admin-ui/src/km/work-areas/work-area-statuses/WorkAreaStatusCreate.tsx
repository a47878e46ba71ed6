import { Create, SimpleForm } from 'react-admin';
import { WorkAreaStatusInputs } from './WorkAreaStatusInputs';

// Opened from a work area's page, the area is filled in and saving goes back to it.
const backToArea = (_resource?: string, id?: unknown, data?: Record<string, unknown>) =>
  data?.workAreaId ? `/WorkArea/${String(data.workAreaId)}/show` : `/WorkAreaStatus/${String(id)}/show`;

export const WorkAreaStatusCreate = () => (
  <Create redirect={backToArea}>
    <SimpleForm defaultValues={{ status: 'IN_PROGRESS' }}>
      <WorkAreaStatusInputs />
    </SimpleForm>
  </Create>
);
