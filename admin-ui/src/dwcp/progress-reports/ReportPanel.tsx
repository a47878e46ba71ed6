import { Alert, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import { OfflineTemplatePanel } from '../report-templates/OfflineTemplatePanel';
import { LoadState } from './LoadState';
import { ReportEditor } from './ReportEditor';
import { ReportView } from './ReportView';
import { ReturnedNotice } from './ReturnedNotice';
import { useReportDetail } from './useReportDetail';

/** The officer's report: a form while DRAFT or RETURNED, read-only with its status afterwards. */
export const ReportPanel = ({ reportId, delayMs }: { reportId: string; delayMs?: number }) => {
  const translate = useTranslate();
  const { report, outcomes, error, loading, reload } = useReportDetail(reportId);
  if (!report || (loading && !report)) return <LoadState error={error} onRetry={reload} />;
  const status = translate(`enums.ReportStatus.${report.status}`);
  if (report.status === 'DRAFT' || report.status === 'RETURNED') {
    return (
      <>
        <Typography sx={{ mt: 1 }}>{translate('reports.statusLine', { status })}</Typography>
        <OfflineTemplatePanel report={report} onImported={reload} />
        <ReportEditor
          key={`${report.id}-${report.version}-${report.status}`}
          report={report}
          outcomes={outcomes}
          onReload={reload}
          delayMs={delayMs}
        />
      </>
    );
  }
  return (
    <>
      <Alert severity={report.status === 'APPROVED' ? 'success' : 'info'} sx={{ my: 2 }} role="status">
        {translate('reports.submit.readOnly', { status })}
      </Alert>
      {report.returnReason && report.status !== 'APPROVED' ? <ReturnedNotice report={report} /> : null}
      <ReportView report={report} outcomes={outcomes} />
    </>
  );
};
