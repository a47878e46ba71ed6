import { Datagrid, ReferenceField, ReferenceManyField, TextField, useLocaleState } from 'react-admin';
import { LocaleDateField } from '../../app/common/LocaleDateField';
import { EnumField } from '../../app/common/EnumField';
import { ChildSection } from '../../app/common/ChildSection';

const label = (field: string) => `resources.CountryProgramme.sections.report_fields.${field}`;

/** The programme's quarterly progress reports; a row opens the report. */
export const ProgrammeReportsSection = () => {
  const [locale] = useLocaleState();
  return (
    <ChildSection parentKey="programmeId" title="resources.CountryProgramme.sections.reports" resource="ProgressReport">
      <ReferenceManyField
        reference="ProgressReport"
        target="programmeId"
        sort={{ field: 'periodId', order: 'DESC' }}
        empty="resources.CountryProgramme.sections.no_reports"
      >
        <Datagrid rowClick="show" bulkActionButtons={false}>
          <ReferenceField source="periodId" reference="ReportingPeriod" link={false} label={label('period')}>
            <TextField source="code" />
          </ReferenceField>
          <EnumField source="status" enumName="ReportStatus" label={label('status')} />
          <LocaleDateField source="submittedAt" locales={locale} showTime emptyText="—" label={label('submittedAt')} />
        </Datagrid>
      </ReferenceManyField>
    </ChildSection>
  );
};
