import { Edit, SimpleForm } from 'react-admin';
import { OfficeInputs } from './OfficeInputs';

export const OfficeEdit = () => (
  <Edit redirect="show" mutationMode="pessimistic">
    <SimpleForm>
      <OfficeInputs />
    </SimpleForm>
  </Edit>
);
