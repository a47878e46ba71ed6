import { Edit, SimpleForm } from 'react-admin';
import { ProgrammeOutcomeInputs } from './ProgrammeOutcomeInputs';

export const ProgrammeOutcomeEdit = () => (
  <Edit redirect="show" mutationMode="pessimistic">
    <SimpleForm>
      <ProgrammeOutcomeInputs edit />
    </SimpleForm>
  </Edit>
);
