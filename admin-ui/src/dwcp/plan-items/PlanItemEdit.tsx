import { Edit, SimpleForm } from 'react-admin';
import { PlanItemInputs } from './PlanItemInputs';

export const PlanItemEdit = () => (
  <Edit redirect="show" mutationMode="pessimistic">
    <SimpleForm>
      <PlanItemInputs edit />
    </SimpleForm>
  </Edit>
);
