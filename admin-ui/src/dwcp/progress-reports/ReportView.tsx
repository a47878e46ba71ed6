import { Box, Card, CardContent, Link, Typography } from '@mui/material';
import type { ReactNode } from 'react';
import { useTranslate } from 'react-admin';
import type {
  DueComponent,
  ProgrammeOutcomeSummary,
  ReportDetail,
  ReportLine,
} from '../../app/dataProvider/progressReports';
import { FlaggedNote, flaggedSx } from './FlaggedNote';
import { NARRATIVE_FIELDS } from './NarrativeFields';
import { ReportSections } from './ReportSections';
import { componentName } from './ResultFields';
import { describeDisaggregations } from './reportForm';

/** A label and its value, read-only. */
const Detail = ({ label, children }: { label: string; children: ReactNode }) => (
  <Box sx={{ mb: 1 }}>
    <Typography variant="caption" color="text.secondary" component="div">
      {label}
    </Typography>
    <Typography component="div" sx={{ whiteSpace: 'pre-wrap' }}>
      {children === null || children === undefined || children === '' ? '—' : children}
    </Typography>
  </Box>
);

const LineView = ({ line }: { line: ReportLine }) => {
  const translate = useTranslate();
  const id = `line-${line.planItemId}`;
  return (
    <Card
      component="section"
      id={id}
      tabIndex={-1}
      aria-labelledby={`${id}-title`}
      variant="outlined"
      sx={{ mb: 2, ...flaggedSx(line.flagged) }}
    >
      <CardContent>
        <Typography id={`${id}-title`} variant="subtitle1" component="h4" gutterBottom>
          <strong>{line.planItem.code}</strong> — {line.planItem.title}
        </Typography>
        {line.flagged ? <FlaggedNote comment={line.reviewerComment} /> : null}
        <Box sx={{ display: 'flex', gap: 4 }}>
          <Detail label={translate('reports.form.status')}>{translate(`enums.PlanItemStatus.${line.status}`)}</Detail>
          <Detail label={translate('reports.form.percentComplete')}>
            {line.percentComplete === null ? null : `${line.percentComplete} %`}
          </Detail>
        </Box>
        <Detail label={translate('reports.form.progress')}>{line.narrative}</Detail>
        <Detail label={translate('reports.form.challenges')}>{line.challenges}</Detail>
      </CardContent>
    </Card>
  );
};

const ResultView = ({ component, report }: { component: DueComponent; report: ReportDetail }) => {
  const translate = useTranslate();
  const result = report.results.find((candidate) => candidate.componentId === component.id);
  const measure = component.effectiveMeasure;
  return (
    <Card
      component="section"
      variant="outlined"
      sx={{ mb: 2, ...flaggedSx(Boolean(result?.flagged)) }}
      aria-label={componentName(component)}
    >
      <CardContent>
        <Typography variant="subtitle1" component="h4" gutterBottom>
          <strong>{componentName(component)}</strong> — {component.indicator.title}
        </Typography>
        {result?.flagged ? <FlaggedNote comment={result.reviewerComment} /> : null}
        {measure === 'NUMBER' || measure === 'PERCENT' ? (
          <Detail label={translate('reports.form.value')}>
            {result?.value == null ? null : `${result.value}${component.unit ? ` ${component.unit}` : ''}`}
          </Detail>
        ) : null}
        {measure === 'MILESTONE' ? (
          <Detail label={translate('reports.form.milestoneStatus')}>
            {result?.milestoneStatus ? translate(`enums.MilestoneStatus.${result.milestoneStatus}`) : null}
          </Detail>
        ) : null}
        {result?.disaggregations.length ? (
          <Detail label={translate('reports.form.disaggregations')}>
            {describeDisaggregations(result.disaggregations)}
          </Detail>
        ) : null}
        <Detail label={translate('reports.form.narrative')}>{result?.narrative}</Detail>
        <Detail label={translate('reports.form.evidenceLinks')}>
          {result?.evidenceLinks.length
            ? result.evidenceLinks.map((link) => (
                <Link key={link} href={link} target="_blank" rel="noreferrer" sx={{ display: 'block' }}>
                  {link}
                </Link>
              ))
            : null}
        </Detail>
      </CardContent>
    </Card>
  );
};

/** The whole report, read-only: what the reviewer reads and the officer sees once submitted. */
export const ReportView = ({
  report,
  outcomes,
}: {
  report: ReportDetail;
  outcomes: readonly ProgrammeOutcomeSummary[];
}) => {
  const translate = useTranslate();
  const lines = report.lines.map((line) => ({
    ...line,
    code: line.planItem.code,
    programmeOutcomeId: line.planItem.programmeOutcomeId,
  }));
  return (
    <ReportSections
      report={report}
      outcomes={outcomes}
      lines={lines}
      renderLine={(line) => <LineView key={line.id} line={line} />}
      renderResult={(component) => <ResultView key={component.id} component={component} report={report} />}
      summary={NARRATIVE_FIELDS.map((field) => (
        <Detail key={field} label={translate(`resources.ProgressReport.fields.${field}`)}>
          {report[field]}
        </Detail>
      ))}
    />
  );
};
