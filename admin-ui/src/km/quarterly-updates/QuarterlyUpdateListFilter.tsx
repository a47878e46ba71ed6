import { AutocompleteInput, ReferenceInput, SearchInput } from 'react-admin';

/** The QuarterlyUpdateFilter inputs of the API: search, office and quarter. */
export const quarterlyUpdateFilters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <ReferenceInput key="officeId" source="officeId" reference="Office" sort={{ field: 'code', order: 'ASC' }}>
    <AutocompleteInput label="resources.QuarterlyUpdate.fields.officeId" optionText="code" />
  </ReferenceInput>,
  <ReferenceInput
    key="periodId"
    source="periodId"
    reference="ReportingPeriod"
    filter={{ kind: 'QUARTER' }}
    sort={{ field: 'startDate', order: 'DESC' }}
  >
    <AutocompleteInput label="resources.QuarterlyUpdate.fields.periodId" optionText="code" />
  </ReferenceInput>,
];
