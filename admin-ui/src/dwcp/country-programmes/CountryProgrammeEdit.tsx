import { Edit, SimpleForm } from 'react-admin';
import { CountryProgrammeInputs } from './CountryProgrammeInputs';

export const CountryProgrammeEdit = () => (
  <Edit redirect="show" mutationMode="pessimistic">
    <SimpleForm>
      <CountryProgrammeInputs edit />
    </SimpleForm>
  </Edit>
);
