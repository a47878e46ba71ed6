import { Box, Typography } from '@mui/material';
import { Title, useGetRecordId, useTranslate } from 'react-admin';
import { ChangesTable } from './ChangesTable';
import { LoadState } from './LoadState';
import { ReportHistory } from './ReportHistory';
import { ReportView } from './ReportView';
import { ReturnedNotice } from './ReturnedNotice';
import { useReportDetail } from './useReportDetail';

/** Any report, read-only, for whoever may see it. */
export const ProgressReportShow = () => {
  const id = useGetRecordId();
  const translate = useTranslate();
  const { report, outcomes, error, reload } = useReportDetail(String(id));
  if (!report) return <LoadState error={error} onRetry={reload} />;
  const title = translate('reports.programmePeriod', { programme: report.programme.title, period: report.period.code });
  return (
    <Box sx={{ maxWidth: 1100, py: 2 }}>
      <Title title={title} />
      <Typography variant="h4" component="h1" gutterBottom>
        {title}
      </Typography>
      <Typography>
        {translate('reports.statusLine', { status: translate(`enums.ReportStatus.${report.status}`) })}
      </Typography>
      {report.status === 'RETURNED' ? <ReturnedNotice report={report} /> : null}
      {report.changesSinceReturn.length > 0 ? <ChangesTable report={report} /> : null}
      <ReportView report={report} outcomes={outcomes} />
      <ReportHistory report={report} />
    </Box>
  );
};
