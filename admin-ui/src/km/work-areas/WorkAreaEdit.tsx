import { Edit, SimpleForm } from 'react-admin';
import { WorkAreaInputs } from './WorkAreaInputs';

export const WorkAreaEdit = () => (
  <Edit redirect="show" mutationMode="pessimistic">
    <SimpleForm>
      <WorkAreaInputs edit />
    </SimpleForm>
  </Edit>
);
