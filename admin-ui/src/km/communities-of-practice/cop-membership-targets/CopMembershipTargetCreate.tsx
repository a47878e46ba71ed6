import { Create, SimpleForm } from 'react-admin';
import { backToCommunity } from './backToCommunity';
import { CopMembershipTargetInputs } from './CopMembershipTargetInputs';

// Opened from a community's page, the community is filled in and saving goes back to it.
export const CopMembershipTargetCreate = () => (
  <Create redirect={backToCommunity('CopMembershipTarget')}>
    <SimpleForm>
      <CopMembershipTargetInputs />
    </SimpleForm>
  </Create>
);
