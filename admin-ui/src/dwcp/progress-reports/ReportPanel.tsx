import { Alert, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import { OfflineTemplatePanel } from '../report-templates/OfflineTemplatePanel';
import { LoadState } from './LoadState';
import { ReportEditor } from './ReportEditor';
import { ReportView } from './ReportView';
import { ReturnedNotice } from './ReturnedNotice';
import { useReportDetail } from './useReportDetail';

interface ReportPanelProps {
  reportId: string;
  /** False when the workflow takes no change in the report's quarter (a LOCKED period): shown read-only. */
  editable?: boolean;
  delayMs?: number;
}

/** The officer's report: a form while DRAFT or RETURNED and editable, read-only with its status otherwise. */
export const ReportPanel = ({ reportId, editable = true, delayMs }: ReportPanelProps) => {
  const translate = useTranslate();
  const { report, outcomes, error, loading, reload } = useReportDetail(reportId);
  if (!report || (loading && !report)) return <LoadState error={error} onRetry={reload} />;
  const status = translate(`enums.ReportStatus.${report.status}`);
  const unfinished = report.status === 'DRAFT' || report.status === 'RETURNED';
  if (unfinished && !editable) {
    // Not finished, but its quarter takes no more changes: the caller shows why.
    return (
      <>
        <Typography sx={{ mt: 1 }}>{translate('reports.statusLine', { status })}</Typography>
        {report.returnReason ? <ReturnedNotice report={report} /> : null}
        <ReportView report={report} outcomes={outcomes} />
      </>
    );
  }
  if (unfinished) {
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
