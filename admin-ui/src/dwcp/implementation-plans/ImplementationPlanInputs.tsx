import { AutocompleteInput, NumberInput, ReferenceInput, TextInput, maxValue, minValue, required } from 'react-admin';

const year = [required(), minValue(1990), maxValue(2100)];

/**
 * A plan's inputs, shared by Create and Edit. A plan belongs to one programme and one year for good,
 * so Edit changes only the notes.
 */
export const ImplementationPlanInputs = ({ edit = false }: { edit?: boolean }) => (
  <>
    <ReferenceInput source="programmeId" reference="CountryProgramme" sort={{ field: 'countryCode', order: 'ASC' }}>
      <AutocompleteInput
        label="resources.ImplementationPlan.fields.programmeId"
        optionText="title"
        validate={required()}
        readOnly={edit}
        fullWidth
      />
    </ReferenceInput>
    <NumberInput source="year" validate={year} step={1} readOnly={edit} />
    <TextInput source="notes" multiline minRows={3} fullWidth />
  </>
);
