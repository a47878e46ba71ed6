import { Alert, Button, Typography } from '@mui/material';
import { useLocale, useTranslate } from 'react-admin';
import type { SaveStatus } from './autosave';

interface SaveStatusTextProps {
  status: SaveStatus;
  onReload: () => void;
  /** Names a held field: "4.1 (ii) Evidence links". */
  describe?: (key: string) => string;
}

/**
 * "Saving…", "Saved at 14:05", "Saved at 14:05, except 4.1 (ii) Evidence links (marked below)",
 * "Not saved: <reason>", or a conflict with a way to reload.
 */
export const SaveStatusText = ({ status, onReload, describe = (key) => key }: SaveStatusTextProps) => {
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
  const time = (at: Date) => at.toLocaleTimeString(locale, { hour: '2-digit', minute: '2-digit' });
  const heldText = (at: Date | null, held: string[]) => {
    const fields = held.map(describe).join(', ');
    const args = { smart_count: held.length, fields };
    return at
      ? translate('reports.save.savedExcept', { ...args, time: time(at) })
      : translate('reports.save.notSavedFields', args);
  };
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
    held: status.kind === 'held' ? heldText(status.at, status.held) : '',
  }[status.kind];
  return (
    <Typography
      role="status"
      aria-live="polite"
      color={status.kind === 'error' || status.kind === 'held' ? 'error' : 'text.secondary'}
    >
      {text}
    </Typography>
  );
};
