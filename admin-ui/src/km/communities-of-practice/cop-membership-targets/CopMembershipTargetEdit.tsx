import { Edit, SimpleForm } from 'react-admin';
import { CopMembershipTargetInputs } from './CopMembershipTargetInputs';

export const CopMembershipTargetEdit = () => (
  <Edit redirect="show" mutationMode="pessimistic">
    <SimpleForm>
      <CopMembershipTargetInputs edit />
    </SimpleForm>
  </Edit>
);
