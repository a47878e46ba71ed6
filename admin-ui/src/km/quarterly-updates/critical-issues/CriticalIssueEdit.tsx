import { Edit, SimpleForm } from 'react-admin';
import { CriticalIssueInputs } from './CriticalIssueInputs';

export const CriticalIssueEdit = () => (
  <Edit redirect="show" mutationMode="pessimistic">
    <SimpleForm>
      <CriticalIssueInputs edit />
    </SimpleForm>
  </Edit>
);
