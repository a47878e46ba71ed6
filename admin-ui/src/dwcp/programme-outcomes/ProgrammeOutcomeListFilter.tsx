import { AutocompleteInput, ReferenceInput, SearchInput } from 'react-admin';

/** The ProgrammeOutcomeFilter inputs of the API: search and programme. */
export const programmeOutcomeFilters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <ReferenceInput
    key="programmeId"
    source="programmeId"
    reference="CountryProgramme"
    sort={{ field: 'countryCode', order: 'ASC' }}
  >
    <AutocompleteInput label="resources.ProgrammeOutcome.fields.programmeId" optionText="title" />
  </ReferenceInput>,
];
