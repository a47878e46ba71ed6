import LockIcon from '@mui/icons-material/Lock';
import { Alert, AlertTitle } from '@mui/material';
import { useTranslate } from 'react-admin';

/** The banner over a report whose quarter is LOCKED: it is shown to be read, and nothing in it can change. */
export const PeriodLockedNotice = ({ period }: { period: string }) => {
  const translate = useTranslate();
  return (
    <Alert severity="warning" icon={<LockIcon />} role="status" aria-labelledby="period-locked-title" sx={{ my: 2 }}>
      <AlertTitle id="period-locked-title">{translate('reports.my.locked')}</AlertTitle>
      {translate('reports.my.lockedHint', { period })}
    </Alert>
  );
};
