import { Create, SimpleForm } from 'react-admin';
import { KeyContactInputs } from './KeyContactInputs';

// Opened from a quarterly update, the update is filled in and saving goes back to it.
const backToUpdate = (_resource?: string, id?: unknown, data?: Record<string, unknown>) =>
  data?.updateId ? `/QuarterlyUpdate/${String(data.updateId)}/show` : `/KeyContact/${String(id)}/show`;

export const KeyContactCreate = () => (
  <Create redirect={backToUpdate}>
    <SimpleForm>
      <KeyContactInputs />
    </SimpleForm>
  </Create>
);
