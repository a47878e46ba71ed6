import { Alert, Button, CircularProgress, Stack, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';

/** Loading and load-failure states of the report pages. */
export const LoadState = ({ error, onRetry }: { error?: string; onRetry: () => void }) => {
  const translate = useTranslate();
  if (error) {
    return (
      <Alert
        severity="error"
        sx={{ mt: 2 }}
        action={
          <Button color="inherit" size="small" onClick={onRetry}>
            {translate('reports.retry')}
          </Button>
        }
      >
        {translate('reports.loadFailed', { reason: error })}
      </Alert>
    );
  }
  return (
    <Stack direction="row" spacing={2} sx={{ mt: 3, alignItems: 'center' }} role="status">
      <CircularProgress size={24} />
      <Typography>{translate('reports.loading')}</Typography>
    </Stack>
  );
};
