import { Create, SimpleForm } from 'react-admin';
import { OfficeInputs } from './OfficeInputs';

export const OfficeCreate = () => (
  <Create redirect="show">
    <SimpleForm defaultValues={{ countries: [] }}>
      <OfficeInputs />
    </SimpleForm>
  </Create>
);
