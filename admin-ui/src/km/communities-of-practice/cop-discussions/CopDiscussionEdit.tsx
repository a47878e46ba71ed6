import { Edit, SimpleForm } from 'react-admin';
import { CopDiscussionInputs } from './CopDiscussionInputs';

export const CopDiscussionEdit = () => (
  <Edit redirect="show" mutationMode="pessimistic">
    <SimpleForm>
      <CopDiscussionInputs edit />
    </SimpleForm>
  </Edit>
);
