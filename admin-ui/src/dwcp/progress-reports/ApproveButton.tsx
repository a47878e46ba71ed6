import CheckIcon from '@mui/icons-material/Check';
import { useState } from 'react';
import { Button, Confirm, useNotify, useRedirect } from 'react-admin';
import type { ReportDetail } from '../../app/dataProvider/progressReports';
import { useTrackerDataProvider } from '../../app/dataProvider/useTrackerDataProvider';

/** Approves a submitted report after confirmation, then back to the queue. */
export const ApproveButton = ({ report }: { report: ReportDetail }) => {
  const dataProvider = useTrackerDataProvider();
  const notify = useNotify();
  const redirect = useRedirect();
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const approve = async () => {
    setBusy(true);
    try {
      await dataProvider.approveProgressReport(report.id);
      notify('reports.review.approved', { type: 'success' });
      redirect('/review');
    } catch (error) {
      notify('reports.review.failed', { type: 'error', messageArgs: { reason: (error as Error).message } });
      setBusy(false);
      setOpen(false);
    }
  };
  return (
    <>
      <Button label="reports.review.approve" variant="contained" color="success" onClick={() => setOpen(true)}>
        <CheckIcon />
      </Button>
      <Confirm
        isOpen={open}
        loading={busy}
        title="reports.review.approveTitle"
        content="reports.review.approveContent"
        contentTranslateOptions={{ period: report.period.code }}
        confirm="reports.review.approve"
        onConfirm={() => void approve()}
        onClose={() => setOpen(false)}
      />
    </>
  );
};
