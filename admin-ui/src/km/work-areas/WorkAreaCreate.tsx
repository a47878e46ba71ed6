import { Create, SimpleForm } from 'react-admin';
import { WorkAreaInputs } from './WorkAreaInputs';

export const WorkAreaCreate = () => (
  <Create redirect="show">
    <SimpleForm>
      <WorkAreaInputs />
    </SimpleForm>
  </Create>
);
