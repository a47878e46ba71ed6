import { Box, Typography } from '@mui/material';
import type { ReactNode } from 'react';
import { useTranslate } from 'react-admin';
import type { DueComponent, ProgrammeOutcomeSummary, ReportDetail } from '../../app/dataProvider/progressReports';
import { groupComponents, groupLines } from './reportForm';

interface ReportSectionsProps<L> {
  report: ReportDetail;
  outcomes: readonly ProgrammeOutcomeSummary[];
  lines: readonly L[];
  renderLine: (line: L) => ReactNode;
  renderResult: (component: DueComponent) => ReactNode;
  summary: ReactNode;
}

/** The report's three parts, editable or not: plan items by DWCP outcome, results by strategy outcome, summary. */
export const ReportSections = <L extends { programmeOutcomeId: string | null; code: string }>({
  report,
  outcomes,
  lines,
  renderLine,
  renderResult,
  summary,
}: ReportSectionsProps<L>) => {
  const translate = useTranslate();
  const lineGroups = groupLines(lines, outcomes);
  const componentGroups = groupComponents(report.dueComponents);
  return (
    <>
      <Box component="section" aria-labelledby="report-lines" sx={{ mb: 3 }}>
        <Typography id="report-lines" variant="h5" component="h2" gutterBottom>
          {translate('reports.form.lines')}
        </Typography>
        {lineGroups.length === 0 ? <Typography>{translate('reports.form.noLines')}</Typography> : null}
        {lineGroups.map((group) => (
          <Box key={group.outcome?.id ?? 'other'} sx={{ mb: 2 }}>
            <Typography variant="h6" component="h3" gutterBottom>
              {group.outcome ? `${group.outcome.code} — ${group.outcome.title}` : translate('reports.form.otherItems')}
            </Typography>
            {group.lines.map(renderLine)}
          </Box>
        ))}
      </Box>
      <Box component="section" aria-labelledby="report-results" sx={{ mb: 3 }}>
        <Typography id="report-results" variant="h5" component="h2" gutterBottom>
          {translate('reports.form.results')}
        </Typography>
        {componentGroups.length === 0 ? <Typography>{translate('reports.form.noResults')}</Typography> : null}
        {componentGroups.map((group) => (
          <Box key={group.outcome.id} sx={{ mb: 2 }}>
            <Typography variant="h6" component="h3" gutterBottom>
              {translate('reports.form.outcome', { number: group.outcome.number, title: group.outcome.title })}
            </Typography>
            {group.components.map(renderResult)}
          </Box>
        ))}
      </Box>
      <Box component="section" aria-labelledby="report-summary" sx={{ mb: 3 }}>
        <Typography id="report-summary" variant="h5" component="h2" gutterBottom>
          {translate('reports.form.summary')}
        </Typography>
        {summary}
      </Box>
    </>
  );
};
