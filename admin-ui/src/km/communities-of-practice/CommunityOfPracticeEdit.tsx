import { Edit, SimpleForm } from 'react-admin';
import { CommunityOfPracticeInputs } from './CommunityOfPracticeInputs';

export const CommunityOfPracticeEdit = () => (
  <Edit redirect="show" mutationMode="pessimistic">
    <SimpleForm>
      <CommunityOfPracticeInputs edit />
    </SimpleForm>
  </Edit>
);
