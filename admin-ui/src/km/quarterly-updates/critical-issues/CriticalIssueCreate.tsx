import { Create, SimpleForm } from 'react-admin';
import { CriticalIssueInputs } from './CriticalIssueInputs';

// Opened from a quarterly update, the update is filled in and saving goes back to it.
const backToUpdate = (_resource?: string, id?: unknown, data?: Record<string, unknown>) =>
  data?.updateId ? `/QuarterlyUpdate/${String(data.updateId)}/show` : `/CriticalIssue/${String(id)}/show`;

export const CriticalIssueCreate = () => (
  <Create redirect={backToUpdate}>
    <SimpleForm>
      <CriticalIssueInputs />
    </SimpleForm>
  </Create>
);
