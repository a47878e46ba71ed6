import { Create, SimpleForm } from 'react-admin';
import { ImplementationPlanInputs } from './ImplementationPlanInputs';

export const ImplementationPlanCreate = () => (
  <Create redirect="show">
    <SimpleForm defaultValues={{ year: new Date().getFullYear() }}>
      <ImplementationPlanInputs />
    </SimpleForm>
  </Create>
);
