import { Create, SimpleForm } from 'react-admin';
import { QuarterlyUpdateInputs } from './QuarterlyUpdateInputs';

export const QuarterlyUpdateCreate = () => (
  <Create redirect="show">
    <SimpleForm defaultValues={{ areaOfWork: 'Knowledge Management' }}>
      <QuarterlyUpdateInputs />
    </SimpleForm>
  </Create>
);
