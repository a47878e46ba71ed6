import { Create, SimpleForm } from 'react-admin';
import { ResultsFrameworkInputs } from './ResultsFrameworkInputs';

export const ResultsFrameworkCreate = () => (
  <Create redirect="show">
    <SimpleForm>
      <ResultsFrameworkInputs />
    </SimpleForm>
  </Create>
);
