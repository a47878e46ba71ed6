import { Create, SimpleForm } from 'react-admin';
import { CountryProgrammeInputs } from './CountryProgrammeInputs';

export const CountryProgrammeCreate = () => (
  <Create redirect="show">
    <SimpleForm defaultValues={{ status: 'DRAFT' }}>
      <CountryProgrammeInputs />
    </SimpleForm>
  </Create>
);
