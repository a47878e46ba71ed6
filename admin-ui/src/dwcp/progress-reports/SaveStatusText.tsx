import { Alert, Button, Typography } from '@mui/material';
import { useLocale, useTranslate } from 'react-admin';
import type { SaveStatus } from './autosave';

/** "Saving…", "Saved at 14:05", "Not saved: <reason>", or a conflict with a way to reload. */
export const SaveStatusText = ({ status, onReload }: { status: SaveStatus; onReload: () => void }) => {
  const translate = useTranslate();
  const locale = useLocale();
  if (status.kind === 'conflict') {
    return (
      <Alert
        severity="error"
        role="alert"
        action={
          <Button color="inherit" size="small" onClick={onReload}>
            {translate('reports.save.reload')}
          </Button>
        }
      >
        {translate('reports.save.conflict')}
      </Alert>
    );
  }
  const text = {
    idle: '',
    dirty: translate('reports.save.dirty'),
    saving: translate('reports.save.saving'),
    saved:
      status.kind === 'saved'
        ? translate('reports.save.saved', {
            time: status.at.toLocaleTimeString(locale, { hour: '2-digit', minute: '2-digit' }),
          })
        : '',
    error: status.kind === 'error' ? translate('reports.save.failed', { reason: status.reason }) : '',
  }[status.kind];
  return (
    <Typography role="status" aria-live="polite" color={status.kind === 'error' ? 'error' : 'text.secondary'}>
      {text}
    </Typography>
  );
};
