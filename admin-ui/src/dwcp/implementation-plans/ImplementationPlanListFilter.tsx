import { AutocompleteInput, ReferenceInput, SearchInput } from 'react-admin';

/** The ImplementationPlanFilter inputs of the API: search and programme. */
export const implementationPlanFilters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <ReferenceInput
    key="programmeId"
    source="programmeId"
    reference="CountryProgramme"
    sort={{ field: 'countryCode', order: 'ASC' }}
  >
    <AutocompleteInput label="resources.ImplementationPlan.fields.programmeId" optionText="title" />
  </ReferenceInput>,
];
