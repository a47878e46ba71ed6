import {
  AutocompleteArrayInput,
  AutocompleteInput,
  ReferenceArrayInput,
  ReferenceInput,
  TextInput,
  required,
} from 'react-admin';

const outcomeText = (outcome: { number: number; title: string }) => `${outcome.number}. ${outcome.title}`;

/**
 * A programme outcome's inputs, shared by Create and Edit. It stays with its programme once created,
 * so Edit shows the programme read-only.
 */
export const ProgrammeOutcomeInputs = ({ edit = false }: { edit?: boolean }) => (
  <>
    <ReferenceInput source="programmeId" reference="CountryProgramme" sort={{ field: 'countryCode', order: 'ASC' }}>
      <AutocompleteInput
        label="resources.ProgrammeOutcome.fields.programmeId"
        optionText="title"
        validate={required()}
        readOnly={edit}
        fullWidth
      />
    </ReferenceInput>
    <TextInput source="code" validate={required()} helperText="resources.ProgrammeOutcome.helpers.code" />
    <TextInput source="title" validate={required()} fullWidth />
    <TextInput source="description" multiline minRows={3} fullWidth />
    <ReferenceArrayInput
      source="frameworkOutcomeIds"
      reference="Outcome"
      sort={{ field: 'number', order: 'ASC' }}
      perPage={100}
    >
      <AutocompleteArrayInput
        label="resources.ProgrammeOutcome.fields.frameworkOutcomeIds"
        optionText={outcomeText}
        helperText="resources.ProgrammeOutcome.helpers.frameworkOutcomeIds"
        fullWidth
      />
    </ReferenceArrayInput>
  </>
);
