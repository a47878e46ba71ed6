import { ReferenceField, TextField, useLocale } from 'react-admin';
import { LocaleDateField } from '../../app/common/LocaleDateField';
import { EnumField } from '../../app/common/EnumField';

/** The columns every report list shows: office, period, programme, status and submission date. */
export const reportColumns = [
  <ReferenceField key="officeId" source="officeId" reference="Office" link={false}>
    <TextField source="code" />
  </ReferenceField>,
  <ReferenceField key="periodId" source="periodId" reference="ReportingPeriod" link={false} sortable={false}>
    <TextField source="code" />
  </ReferenceField>,
  <ReferenceField key="programmeId" source="programmeId" reference="CountryProgramme" link={false} sortable={false}>
    <TextField source="title" />
  </ReferenceField>,
  <EnumField key="status" source="status" enumName="ReportStatus" />,
  <SubmittedAt key="submittedAt" source="submittedAt" />,
];

/** The submission date in the user's language. */
function SubmittedAt({ source }: { source: string; label?: string }) {
  const locale = useLocale();
  return <LocaleDateField source={source} showTime emptyText="—" locales={locale} />;
}
