import { Edit, SimpleForm } from 'react-admin';
import { ImplementationPlanInputs } from './ImplementationPlanInputs';
import { PlanTitle } from './PlanRepresentation';

export const ImplementationPlanEdit = () => (
  <Edit redirect="show" mutationMode="pessimistic" title={<PlanTitle />}>
    <SimpleForm>
      <ImplementationPlanInputs edit />
    </SimpleForm>
  </Edit>
);
