import { Edit, SimpleForm } from 'react-admin';
import { WorkAreaStatusInputs } from './WorkAreaStatusInputs';

export const WorkAreaStatusEdit = () => (
  <Edit redirect="show" mutationMode="pessimistic">
    <SimpleForm>
      <WorkAreaStatusInputs edit />
    </SimpleForm>
  </Edit>
);
