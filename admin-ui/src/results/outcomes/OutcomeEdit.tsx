import { Edit, SimpleForm } from 'react-admin';
import { OutcomeInputs } from './OutcomeInputs';

export const OutcomeEdit = () => (
  <Edit redirect="show" mutationMode="pessimistic">
    <SimpleForm>
      <OutcomeInputs />
    </SimpleForm>
  </Edit>
);
