import { Create, SimpleForm } from 'react-admin';
import { ProgrammeOutcomeInputs } from './ProgrammeOutcomeInputs';

export const ProgrammeOutcomeCreate = () => (
  <Create redirect="show">
    <SimpleForm defaultValues={{ frameworkOutcomeIds: [] }}>
      <ProgrammeOutcomeInputs />
    </SimpleForm>
  </Create>
);
