import { Create, SimpleForm } from 'react-admin';
import { CommunityOfPracticeInputs } from './CommunityOfPracticeInputs';

export const CommunityOfPracticeCreate = () => (
  <Create redirect="show">
    <SimpleForm defaultValues={{ status: 'ACTIVE' }}>
      <CommunityOfPracticeInputs />
    </SimpleForm>
  </Create>
);
