import { Create, SimpleForm } from 'react-admin';
import { OutcomeInputs } from './OutcomeInputs';

export const OutcomeCreate = () => (
  <Create redirect="show">
    <SimpleForm>
      <OutcomeInputs />
    </SimpleForm>
  </Create>
);
