import { AutocompleteInput, ReferenceInput, SelectInput } from 'react-admin';
import { enumChoices } from '../../app/common/enumChoices';

/** Office and period filters, shared by the report list and the review queue. */
export const officePeriodFilters = [
  <ReferenceInput key="officeId" source="officeId" reference="Office" sort={{ field: 'code', order: 'ASC' }} alwaysOn>
    <AutocompleteInput optionText="code" sx={{ minWidth: 220 }} />
  </ReferenceInput>,
  <ReferenceInput
    key="periodId"
    source="periodId"
    reference="ReportingPeriod"
    filter={{ kind: 'QUARTER' }}
    sort={{ field: 'code', order: 'DESC' }}
    alwaysOn
  >
    <AutocompleteInput optionText="code" sx={{ minWidth: 180 }} />
  </ReferenceInput>,
];

export const progressReportFilters = [
  ...officePeriodFilters,
  <SelectInput key="status" source="status" choices={enumChoices('ReportStatus')} alwaysOn />,
  <ReferenceInput
    key="programmeId"
    source="programmeId"
    reference="CountryProgramme"
    sort={{ field: 'title', order: 'ASC' }}
  >
    <AutocompleteInput optionText="title" sx={{ minWidth: 300 }} />
  </ReferenceInput>,
];
