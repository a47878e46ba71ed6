import { Alert, AlertTitle, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import type { ReportDetail } from '../../app/dataProvider/progressReports';

/** At the top of a returned report: why it came back, and what the reviewer said about which items. */
export const ReturnedNotice = ({ report }: { report: ReportDetail }) => {
  const translate = useTranslate();
  const commented = report.lines.filter((line) => line.flagged || line.reviewerComment);
  return (
    <Alert severity="warning" sx={{ my: 2 }} aria-label={translate('reports.returned.title')}>
      <AlertTitle>{translate('reports.returned.title')}</AlertTitle>
      <Typography>{translate('reports.returned.reason', { reason: report.returnReason ?? '—' })}</Typography>
      {commented.length > 0 ? (
        <>
          <Typography sx={{ mt: 1, fontWeight: 'bold' }}>{translate('reports.returned.comments')}</Typography>
          <ul>
            {commented.map((line) => (
              <li key={line.id}>
                <a href={`#line-${line.planItemId}`} onClick={(event) => jumpTo(event, `line-${line.planItemId}`)}>
                  {line.planItem.code}
                </a>
                : {line.reviewerComment ?? translate('reports.form.flagged')}
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </Alert>
  );
};

// Hash routing owns the URL fragment: scroll to the line instead of following the link.
const jumpTo = (event: { preventDefault: () => void }, id: string) => {
  event.preventDefault();
  const target = document.getElementById(id);
  target?.scrollIntoView({ behavior: 'smooth', block: 'start' });
  target?.focus();
};
