import { Edit, SimpleForm } from 'react-admin';
import { ResultsFrameworkInputs } from './ResultsFrameworkInputs';

export const ResultsFrameworkEdit = () => (
  <Edit redirect="show" mutationMode="pessimistic">
    <SimpleForm>
      <ResultsFrameworkInputs />
    </SimpleForm>
  </Edit>
);
