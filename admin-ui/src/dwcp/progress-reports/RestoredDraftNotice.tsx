import { Alert, Button, Stack } from '@mui/material';
import { useLocale, useTranslate } from 'react-admin';

interface RestoredDraftNoticeProps {
  count: number;
  storedAt: string;
  /** The report changed on the server after the values were kept: they wait for the officer's word. */
  stale: boolean;
  onDiscard: () => void;
  onKeep: () => void;
}

/** "Restored 2 unsaved changes kept in this browser", with a way to discard them. */
export const RestoredDraftNotice = ({ count, storedAt, stale, onDiscard, onKeep }: RestoredDraftNoticeProps) => {
  const translate = useTranslate();
  const locale = useLocale();
  const at = storedAt ? new Date(storedAt) : null;
  const time = at && !Number.isNaN(at.getTime()) ? at.toLocaleString(locale) : '';
  return (
    <Alert
      severity={stale ? 'warning' : 'info'}
      role="status"
      sx={{ my: 2 }}
      action={
        <Stack direction="row" spacing={1}>
          {stale ? (
            <Button color="inherit" size="small" onClick={onKeep}>
              {translate('reports.draft.keep')}
            </Button>
          ) : null}
          <Button color="inherit" size="small" onClick={onDiscard}>
            {translate('reports.draft.discard')}
          </Button>
        </Stack>
      }
    >
      {translate('reports.draft.restored', { smart_count: count, time })}
      {stale ? ` ${translate('reports.draft.stale')}` : ''}
    </Alert>
  );
};
