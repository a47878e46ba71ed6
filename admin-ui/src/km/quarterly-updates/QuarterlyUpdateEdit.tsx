import { Edit, SimpleForm } from 'react-admin';
import { QuarterlyUpdateInputs } from './QuarterlyUpdateInputs';
import { UpdateTitle } from './UpdateRepresentation';

export const QuarterlyUpdateEdit = () => (
  <Edit redirect="show" mutationMode="pessimistic" title={<UpdateTitle />}>
    <SimpleForm>
      <QuarterlyUpdateInputs edit />
    </SimpleForm>
  </Edit>
);
