import { AutocompleteInput, NumberInput, ReferenceInput, TextInput, minValue, required } from 'react-admin';

/** Shared by create and edit; the API keeps numbers unique within a framework. */
export const OutcomeInputs = () => (
  <>
    <ReferenceInput source="frameworkId" reference="ResultsFramework">
      <AutocompleteInput label="resources.Outcome.fields.frameworkId" optionText="title" validate={required()} />
    </ReferenceInput>
    <NumberInput source="number" validate={[required(), minValue(1)]} step={1} />
    <TextInput source="title" validate={required()} fullWidth />
    <TextInput source="description" multiline minRows={3} fullWidth />
  </>
);
