import { Create, SimpleForm } from 'react-admin';
import { backToCommunity } from '../cop-membership-targets/backToCommunity';
import { CopDiscussionInputs } from './CopDiscussionInputs';

// Opened from a community's page, the community is filled in and saving goes back to it.
export const CopDiscussionCreate = () => (
  <Create redirect={backToCommunity('CopDiscussion')}>
    <SimpleForm>
      <CopDiscussionInputs />
    </SimpleForm>
  </Create>
);
