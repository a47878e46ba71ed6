import { Edit, SimpleForm } from 'react-admin';
import { KeyContactInputs } from './KeyContactInputs';

export const KeyContactEdit = () => (
  <Edit redirect="show" mutationMode="pessimistic">
    <SimpleForm>
      <KeyContactInputs edit />
    </SimpleForm>
  </Edit>
);
