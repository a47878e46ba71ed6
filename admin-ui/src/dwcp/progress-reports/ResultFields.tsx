import { Box, Card, CardContent, TextField, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import { enumValues } from '../../app/common/enumChoices';
import type { DueComponent, MilestoneStatus } from '../../app/dataProvider/progressReports';
import { FlaggedNote, flaggedSx } from './FlaggedNote';
import { describeDisaggregations, resultKey, type ResultForm } from './reportForm';

/** The reviewer's flag on a result line, from the last return. */
export interface ResultReview {
  flagged: boolean;
  reviewerComment: string | null;
}

interface ResultFieldsProps {
  component: DueComponent;
  result: ResultForm;
  errors: Record<string, string>;
  onChange: (componentId: string, patch: Partial<ResultForm>) => void;
  review?: ResultReview;
}

/** "2.3 (i)": how a component is named on screen and in accessible names. */
export const componentName = (component: DueComponent) => `${component.indicator.code} ${component.label}`;

/** The inputs one component's measure needs, plus narrative and evidence links for all. */
export const ResultFields = ({ component, result, errors, onChange, review }: ResultFieldsProps) => {
  const translate = useTranslate();
  const name = componentName(component);
  const error = (field: string) => errors[resultKey(component.id, field)];
  const set = (patch: Partial<ResultForm>) => onChange(component.id, patch);
  const shared = (field: string, labelKey: string) => ({
    label: translate(labelKey),
    error: Boolean(error(field)),
    helperText: error(field),
  });
  const aria = (labelKey: string) => ({ 'aria-label': `${name} ${translate(labelKey)}` });
  const measure = component.effectiveMeasure;
  const valueLabel = component.unit ? 'reports.form.valueWithUnit' : 'reports.form.value';
  return (
    <Card
      component="section"
      id={`result-${component.id}`}
      tabIndex={-1}
      variant="outlined"
      sx={{ mb: 2, ...flaggedSx(Boolean(review?.flagged)) }}
      aria-label={name}
    >
      <CardContent>
        <Typography variant="subtitle1" component="h4" gutterBottom>
          <strong>{name}</strong> — {component.indicator.title}{' '}
          <Typography component="span" variant="body2" color="text.secondary">
            ({translate(`enums.Measure.${measure}`)})
          </Typography>
        </Typography>
        {error('row') || error('disaggregations') ? (
          <Typography color="error" role="alert" variant="body2">
            {[error('row'), error('disaggregations')].filter(Boolean).join('; ')}
          </Typography>
        ) : null}
        <Box sx={{ display: 'flex', gap: 2, flexWrap: 'wrap', alignItems: 'flex-start', my: 1 }}>
          {measure === 'NUMBER' || measure === 'PERCENT' ? (
            <TextField
              {...shared('value', 'reports.form.value')}
              label={translate(valueLabel, { unit: component.unit })}
              value={result.value}
              onChange={(event) => set({ value: event.target.value })}
              slotProps={{ htmlInput: { ...aria('reports.form.value'), inputMode: 'decimal' } }}
              sx={{ width: 220 }}
            />
          ) : null}
          {measure === 'MILESTONE' ? (
            <TextField
              select
              {...shared('milestoneStatus', 'reports.form.milestoneStatus')}
              value={result.milestoneStatus}
              onChange={(event) => set({ milestoneStatus: event.target.value as MilestoneStatus | '' })}
              slotProps={{ select: { native: true }, htmlInput: aria('reports.form.milestoneStatus') }}
              sx={{ minWidth: 220 }}
            >
              <option value="">{translate('reports.form.noChoice')}</option>
              {enumValues('MilestoneStatus').map((value) => (
                <option key={value} value={value}>
                  {translate(`enums.MilestoneStatus.${value}`)}
                </option>
              ))}
            </TextField>
          ) : null}
          {review?.flagged ? (
            <Box sx={{ flex: 1, minWidth: 240 }}>
              <FlaggedNote comment={review.reviewerComment} />
            </Box>
          ) : null}
        </Box>
        {result.disaggregations.length > 0 ? (
          <Typography variant="body2" color="text.secondary">
            {translate('reports.form.disaggregated', { list: describeDisaggregations(result.disaggregations) })}
          </Typography>
        ) : null}
        <TextField
          {...shared('narrative', 'reports.form.narrative')}
          value={result.narrative}
          onChange={(event) => set({ narrative: event.target.value })}
          slotProps={{ htmlInput: aria('reports.form.narrative') }}
          multiline
          minRows={measure === 'TEXT' ? 3 : 2}
          fullWidth
          margin="dense"
        />
        <TextField
          {...shared('evidenceLinks', 'reports.form.evidenceLinks')}
          helperText={error('evidenceLinks') ?? translate('reports.form.evidenceHelp')}
          value={result.evidenceLinks}
          onChange={(event) => set({ evidenceLinks: event.target.value })}
          slotProps={{ htmlInput: aria('reports.form.evidenceLinks') }}
          multiline
          minRows={1}
          fullWidth
          margin="dense"
        />
      </CardContent>
    </Card>
  );
};
