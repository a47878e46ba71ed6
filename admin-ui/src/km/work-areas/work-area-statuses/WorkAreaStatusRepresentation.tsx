import { ReferenceField, TextField, useRecordContext, useTranslate } from 'react-admin';

/** "2009-Q2: In progress": a status by its quarter and progress, in the user's language. */
export const WorkAreaStatusRepresentation = () => {
  const record = useRecordContext<{ status: string }>();
  const translate = useTranslate();
  if (!record) return null;
  return (
    <span>
      <ReferenceField source="periodId" reference="ReportingPeriod" link={false}>
        <TextField source="code" />
      </ReferenceField>
      : {translate(`enums.WorkAreaProgress.${record.status}`)}
    </span>
  );
};
