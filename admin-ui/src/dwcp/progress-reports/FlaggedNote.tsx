import FlagIcon from '@mui/icons-material/Flag';
import { Alert } from '@mui/material';
import { useTranslate } from 'react-admin';

/** Says in words (not colour only) that the reviewer flagged a line, with the comment. */
export const FlaggedNote = ({ comment }: { comment: string | null }) => {
  const translate = useTranslate();
  return (
    <Alert severity="warning" icon={<FlagIcon fontSize="inherit" />} sx={{ mb: 1 }}>
      <strong>{translate('reports.form.flagged')}</strong>
      {comment ? ` — ${translate('reports.form.reviewerComment', { comment })}` : null}
    </Alert>
  );
};

/** The card border of a flagged line, besides the text. */
export const flaggedSx = (flagged: boolean) =>
  flagged ? { border: 2, borderColor: 'warning.main' } : { border: 1, borderColor: 'divider' };
