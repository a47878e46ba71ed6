import { Alert, AlertTitle, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import type { ReportDetail } from '../../app/dataProvider/progressReports';
import { componentName } from './ResultFields';

/** At the top of a returned report: why it came back, and what the reviewer said about which items. */
export const ReturnedNotice = ({ report }: { report: ReportDetail }) => {
  const translate = useTranslate();
  const lines = report.lines.filter((line) => line.flagged || line.reviewerComment);
  const results = report.dueComponents.flatMap((component) => {
    const result = report.results.find((candidate) => candidate.componentId === component.id);
    return result?.flagged ? [{ component, result }] : [];
  });
  const commented = [
    ...lines.map((line) => ({
      key: `line-${line.id}`,
      target: `line-${line.planItemId}`,
      name: line.planItem.code,
      comment: line.reviewerComment,
    })),
    ...results.map(({ component, result }) => ({
      key: `result-${result.id}`,
      target: `result-${component.id}`,
      name: componentName(component),
      comment: result.reviewerComment,
    })),
  ];
  return (
    <Alert severity="warning" sx={{ my: 2 }} aria-label={translate('reports.returned.title')}>
      <AlertTitle>{translate('reports.returned.title')}</AlertTitle>
      <Typography>{translate('reports.returned.reason', { reason: report.returnReason ?? '—' })}</Typography>
      {commented.length > 0 ? (
        <>
          <Typography sx={{ mt: 1, fontWeight: 'bold' }}>{translate('reports.returned.comments')}</Typography>
          <ul>
            {commented.map(({ key, target, name, comment }) => (
              <li key={key}>
                <a href={`#${target}`} onClick={(event) => jumpTo(event, target)}>
                  {name}
                </a>
                : {comment ?? translate('reports.form.flagged')}
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
