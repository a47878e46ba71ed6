import { DateInput, Edit, Labeled, SimpleForm, TextField, required } from 'react-admin';
import { LocaleDateField } from '../../app/common/LocaleDateField';

/** Only the due date can change; the code fixes the dates, and status has its own buttons. */
export const ReportingPeriodEdit = () => (
  <Edit redirect="show" mutationMode="pessimistic">
    <SimpleForm>
      <TextField source="code" variant="h6" />
      <Labeled source="startDate">
        <LocaleDateField source="startDate" />
      </Labeled>
      <Labeled source="endDate">
        <LocaleDateField source="endDate" />
      </Labeled>
      <DateInput source="dueDate" validate={required()} />
    </SimpleForm>
  </Edit>
);
