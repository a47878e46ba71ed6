import UndoIcon from '@mui/icons-material/Undo';
import { Dialog, DialogActions, DialogContent, DialogTitle, TextField, Typography } from '@mui/material';
import { useState } from 'react';
import { Button, useNotify, useRedirect, useTranslate } from 'react-admin';
import type { ReportDetail } from '../../app/dataProvider/progressReports';
import { useTrackerDataProvider } from '../../app/dataProvider/useTrackerDataProvider';
import { componentName } from './ResultFields';

const filled = (comments: Record<string, string>) =>
  Object.entries(comments)
    .filter(([, comment]) => comment.trim() !== '')
    .map(([id, comment]) => ({ id, comment: comment.trim() }));

/** The report's indicator result lines, in the order of its due components, each with its component's name. */
const resultLines = (report: ReportDetail) =>
  report.dueComponents.flatMap((component) => {
    const result = report.results.find((candidate) => candidate.componentId === component.id);
    return result ? [{ result, name: componentName(component), title: component.indicator.title }] : [];
  });

/** Returns a submitted report: a reason (required) and optional comments that flag plan items and result lines. */
export const ReturnButton = ({ report }: { report: ReportDetail }) => {
  const translate = useTranslate();
  const dataProvider = useTrackerDataProvider();
  const notify = useNotify();
  const redirect = useRedirect();
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const [reason, setReason] = useState('');
  const [tried, setTried] = useState(false);
  const [comments, setComments] = useState<Record<string, string>>({});
  const [resultComments, setResultComments] = useState<Record<string, string>>({});
  const missingReason = reason.trim() === '';
  const send = async () => {
    setTried(true);
    if (missingReason) return;
    setBusy(true);
    const lineComments = filled(comments).map(({ id, comment }) => ({ lineId: id, comment }));
    const onResults = filled(resultComments).map(({ id, comment }) => ({ resultId: id, comment }));
    try {
      await dataProvider.returnProgressReport(report.id, reason.trim(), lineComments, onResults);
      notify('reports.review.returned', { type: 'success' });
      redirect('/review');
    } catch (error) {
      notify('reports.review.failed', { type: 'error', messageArgs: { reason: (error as Error).message } });
      setBusy(false);
    }
  };
  return (
    <>
      <Button label="reports.review.return" variant="outlined" color="warning" onClick={() => setOpen(true)}>
        <UndoIcon />
      </Button>
      <Dialog open={open} onClose={() => setOpen(false)} aria-labelledby="return-title" fullWidth maxWidth="md">
        <DialogTitle id="return-title">{translate('reports.review.returnTitle')}</DialogTitle>
        <DialogContent>
          <TextField
            label={translate('reports.review.reason')}
            value={reason}
            onChange={(event) => setReason(event.target.value)}
            required
            error={tried && missingReason}
            helperText={tried && missingReason ? translate('reports.review.reasonRequired') : undefined}
            multiline
            minRows={3}
            fullWidth
            margin="normal"
            autoFocus
          />
          <Typography sx={{ mt: 2 }}>{translate('reports.review.lineComments')}</Typography>
          {report.lines.map((line) => (
            <TextField
              key={line.id}
              label={translate('reports.review.lineComment', { code: line.planItem.code })}
              helperText={line.planItem.title}
              value={comments[line.id] ?? ''}
              onChange={(event) => setComments((all) => ({ ...all, [line.id]: event.target.value }))}
              multiline
              fullWidth
              margin="dense"
            />
          ))}
          {resultLines(report).length > 0 ? (
            <Typography sx={{ mt: 2 }}>{translate('reports.review.resultComments')}</Typography>
          ) : null}
          {resultLines(report).map(({ result, name, title }) => (
            <TextField
              key={result.id}
              label={translate('reports.review.resultComment', { name })}
              helperText={title}
              value={resultComments[result.id] ?? ''}
              onChange={(event) => setResultComments((all) => ({ ...all, [result.id]: event.target.value }))}
              multiline
              fullWidth
              margin="dense"
            />
          ))}
        </DialogContent>
        <DialogActions>
          <Button label="ra.action.cancel" onClick={() => setOpen(false)} disabled={busy} />
          <Button
            label="reports.review.confirmReturn"
            variant="contained"
            color="warning"
            onClick={() => void send()}
            disabled={busy}
          />
        </DialogActions>
      </Dialog>
    </>
  );
};
