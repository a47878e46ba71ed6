import HistoryIcon from '@mui/icons-material/History';
import { Alert, Button } from '@mui/material';
import { useTranslate } from 'react-admin';

/**
 * Says that a line's status and % complete were carried forward from the previous quarter, with
 * the action that confirms them (the server refuses submission until every such line is confirmed).
 */
export const CarriedForwardNote = ({ code, onConfirm }: { code: string; onConfirm: () => void }) => {
  const translate = useTranslate();
  return (
    <Alert
      severity="info"
      icon={<HistoryIcon fontSize="inherit" />}
      sx={{ mb: 1 }}
      action={
        <Button
          color="inherit"
          size="small"
          onClick={onConfirm}
          aria-label={`${code} ${translate('reports.form.confirmCarried')}`}
        >
          {translate('reports.form.confirmCarried')}
        </Button>
      }
    >
      {translate('reports.form.carriedForward')}
    </Alert>
  );
};
