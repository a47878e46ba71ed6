import { Box, Card, CardContent, TextField, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import { enumValues } from '../../app/common/enumChoices';
import type { PlanItemStatus } from '../../app/dataProvider/progressReports';
import { CarriedForwardNote } from './CarriedForwardNote';
import { FlaggedNote, flaggedSx } from './FlaggedNote';
import { lineKey, type LineForm } from './reportForm';

interface LineFieldsProps {
  line: LineForm;
  errors: Record<string, string>;
  onChange: (planItemId: string, patch: Partial<LineForm>) => void;
}

/** One plan item's progress: status, per cent complete, narrative and challenges. */
export const LineFields = ({ line, errors, onChange }: LineFieldsProps) => {
  const translate = useTranslate();
  const id = `line-${line.planItemId}`;
  const error = (field: string) => errors[lineKey(line.planItemId, field)];
  // Accessible names carry the item code ("A1 Status"), visible labels stay short.
  const named = (field: string) => ({ htmlInput: { 'aria-label': `${line.code} ${translate(field)}` } });
  // Changing a carried-forward status or % confirms it, as the server does.
  const set = (patch: Partial<LineForm>) =>
    onChange(
      line.planItemId,
      line.carriedForward && ('status' in patch || 'percentComplete' in patch)
        ? { ...patch, carriedForward: false, confirmed: true }
        : patch,
    );
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
          <strong>{line.code}</strong> — {line.title}
        </Typography>
        {line.flagged ? <FlaggedNote comment={line.reviewerComment} /> : null}
        {line.carriedForward ? (
          <CarriedForwardNote code={line.code} onConfirm={() => set({ carriedForward: false, confirmed: true })} />
        ) : null}
        {error('row') ? (
          <Typography color="error" role="alert" variant="body2">
            {error('row')}
          </Typography>
        ) : null}
        <Box sx={{ display: 'flex', gap: 2, flexWrap: 'wrap', my: 1 }}>
          <TextField
            select
            label={translate('reports.form.status')}
            value={line.status}
            onChange={(event) => set({ status: event.target.value as PlanItemStatus })}
            error={Boolean(error('status'))}
            helperText={error('status')}
            slotProps={{ select: { native: true }, ...named('reports.form.status') }}
            sx={{ minWidth: 200 }}
          >
            {enumValues('PlanItemStatus').map((value) => (
              <option key={value} value={value}>
                {translate(`enums.PlanItemStatus.${value}`)}
              </option>
            ))}
          </TextField>
          <TextField
            label={translate('reports.form.percentComplete')}
            value={line.percentComplete}
            onChange={(event) => set({ percentComplete: event.target.value })}
            error={Boolean(error('percentComplete'))}
            helperText={error('percentComplete')}
            slotProps={{
              htmlInput: {
                'aria-label': `${line.code} ${translate('reports.form.percentComplete')}`,
                inputMode: 'decimal',
              },
            }}
            sx={{ width: 200 }}
          />
        </Box>
        <TextField
          label={translate('reports.form.progress')}
          value={line.narrative}
          onChange={(event) => set({ narrative: event.target.value })}
          error={Boolean(error('narrative'))}
          helperText={error('narrative')}
          slotProps={named('reports.form.progress')}
          multiline
          minRows={2}
          fullWidth
          margin="dense"
        />
        <TextField
          label={translate('reports.form.challenges')}
          value={line.challenges}
          onChange={(event) => set({ challenges: event.target.value })}
          error={Boolean(error('challenges'))}
          helperText={error('challenges')}
          slotProps={named('reports.form.challenges')}
          multiline
          minRows={2}
          fullWidth
          margin="dense"
        />
      </CardContent>
    </Card>
  );
};
