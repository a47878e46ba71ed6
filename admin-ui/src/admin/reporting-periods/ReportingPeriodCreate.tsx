import { Create, DateInput, SimpleForm, TextInput, regex, required } from 'react-admin';

/** A period is created from its code alone; the API derives kind and dates, and a default due date. */
export const ReportingPeriodCreate = () => (
  <Create redirect="show">
    <SimpleForm>
      <TextInput
        source="code"
        validate={[required(), regex(/^\d{4}(-Q[1-4]|-\d{2})?$/, 'resources.ReportingPeriod.validation.code')]}
        helperText="resources.ReportingPeriod.helper.code"
      />
      <DateInput source="dueDate" helperText="resources.ReportingPeriod.helper.dueDate" />
    </SimpleForm>
  </Create>
);
