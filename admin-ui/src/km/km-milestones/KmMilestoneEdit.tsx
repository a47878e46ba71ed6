import { Edit, SimpleForm } from 'react-admin';
import { KmMilestoneInputs } from './KmMilestoneInputs';

export const KmMilestoneEdit = () => (
  <Edit redirect="show" mutationMode="pessimistic">
    <SimpleForm>
      <KmMilestoneInputs edit />
    </SimpleForm>
  </Edit>
);
