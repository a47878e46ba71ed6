import { DateInput, TextInput, required } from 'react-admin';

const endAfterStart = (endDate: string, values: { startDate?: string }) =>
  endDate && values.startDate && endDate <= values.startDate
    ? 'resources.ResultsFramework.validation.endDate'
    : undefined;

/** Shared by create and edit. */
export const ResultsFrameworkInputs = () => (
  <>
    <TextInput source="title" validate={required()} fullWidth />
    <TextInput source="description" multiline minRows={3} fullWidth />
    <DateInput source="startDate" validate={required()} />
    <DateInput source="endDate" validate={[required(), endAfterStart]} />
  </>
);
