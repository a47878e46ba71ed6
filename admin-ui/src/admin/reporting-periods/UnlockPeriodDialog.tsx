import { Dialog, DialogActions, DialogContent, DialogContentText, DialogTitle, TextField } from '@mui/material';
import { useState } from 'react';
import { Button, useTranslate } from 'react-admin';

// The API's bound on a reason (MAX_REASON); longer is refused there too.
const MAX_REASON = 1000;

interface UnlockPeriodDialogProps {
  code: string;
  /** The step asked for: its button says where the period goes. */
  action: 'open' | 'close';
  busy: boolean;
  onCancel: () => void;
  onConfirm: (reason: string) => void;
}

/** Asks why a LOCKED period is reopened: the API requires a reason, audits it and tells the offices concerned. */
export const UnlockPeriodDialog = ({ code, action, busy, onCancel, onConfirm }: UnlockPeriodDialogProps) => {
  const translate = useTranslate();
  const [reason, setReason] = useState('');
  const [tried, setTried] = useState(false);
  const missing = reason.trim() === '';
  const confirm = () => {
    setTried(true);
    if (!missing) onConfirm(reason.trim());
  };
  return (
    <Dialog open onClose={onCancel} aria-labelledby="unlock-title" fullWidth maxWidth="sm">
      <DialogTitle id="unlock-title">{translate('resources.ReportingPeriod.unlock.title', { code })}</DialogTitle>
      <DialogContent>
        <DialogContentText>{translate('resources.ReportingPeriod.unlock.explanation')}</DialogContentText>
        <TextField
          label={translate('resources.ReportingPeriod.unlock.reason')}
          value={reason}
          onChange={(event) => setReason(event.target.value)}
          required
          error={tried && missing}
          helperText={tried && missing ? translate('resources.ReportingPeriod.unlock.reasonRequired') : undefined}
          slotProps={{ htmlInput: { maxLength: MAX_REASON } }}
          multiline
          minRows={3}
          fullWidth
          margin="normal"
          autoFocus
        />
      </DialogContent>
      <DialogActions>
        <Button label="ra.action.cancel" onClick={onCancel} disabled={busy} />
        <Button
          label={`resources.ReportingPeriod.unlock.${action}`}
          variant="contained"
          color="warning"
          onClick={confirm}
          disabled={busy}
        />
      </DialogActions>
    </Dialog>
  );
};
