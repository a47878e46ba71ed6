import { ReferenceField, TextField } from 'react-admin';

/** How a report is named in references and titles: its office and quarter ("CO-DHAKA 2009-Q2"). */
export const ProgressReportRepresentation = () => (
  <span>
    <ReferenceField source="officeId" reference="Office" link={false}>
      <TextField source="code" />
    </ReferenceField>{' '}
    <ReferenceField source="periodId" reference="ReportingPeriod" link={false}>
      <TextField source="code" />
    </ReferenceField>
  </span>
);
