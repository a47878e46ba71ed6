import { Card, CardContent, FormControlLabel, MenuItem, Stack, Switch, TextField } from '@mui/material';
import { useTranslate } from 'react-admin';
import { TrackingTableDownloadButton } from '../exports/TrackingTableDownloadButton';
import { quartersEndingAt } from './periods';
import type { useDashboardFilters } from './useDashboardFilters';

type Filters = ReturnType<typeof useDashboardFilters>;

const ALL_OFFICES = '';
const TRACKING_QUARTERS = 8;

/** Framework, quarter, office and whether submitted reports count. */
export const DashboardFilters = ({ filters }: { filters: Filters }) => {
  const translate = useTranslate();
  const { selection, update, frameworks, quarters, offices } = filters;
  // The tracking table covers the quarters the trend charts show.
  const tracked = selection.periodId ? quartersEndingAt(quarters, selection.periodId, TRACKING_QUARTERS) : [];
  return (
    <Card component="section" aria-label={translate('dashboard.filters.title')}>
      <CardContent>
        <Stack direction={{ xs: 'column', md: 'row' }} spacing={2} sx={{ alignItems: { md: 'center' } }}>
          <TextField
            select
            size="small"
            label={translate('dashboard.filters.framework')}
            value={selection.frameworkId ?? ''}
            onChange={(e) => update({ frameworkId: e.target.value })}
            sx={{ minWidth: 280, flex: '3 1 0' }}
          >
            {frameworks.map((f) => (
              <MenuItem key={f.id} value={f.id}>
                {f.title}
              </MenuItem>
            ))}
          </TextField>
          <TextField
            select
            size="small"
            label={translate('dashboard.filters.quarter')}
            value={selection.periodId ?? ''}
            onChange={(e) => update({ periodId: e.target.value })}
            sx={{ minWidth: 140, flex: '1 1 0' }}
          >
            {quarters.map((q) => (
              <MenuItem key={q.id} value={q.id}>
                {q.code}
              </MenuItem>
            ))}
          </TextField>
          <TextField
            select
            size="small"
            label={translate('dashboard.filters.office')}
            slotProps={{ select: { displayEmpty: true }, inputLabel: { shrink: true } }}
            value={selection.officeId ?? ALL_OFFICES}
            onChange={(e) => update({ officeId: e.target.value === ALL_OFFICES ? undefined : e.target.value })}
            sx={{ minWidth: 220, flex: '2 1 0' }}
          >
            <MenuItem value={ALL_OFFICES}>{translate('dashboard.filters.allOffices')}</MenuItem>
            {offices.map((o) => (
              <MenuItem key={o.id} value={o.id}>
                {o.code} — {o.name}
              </MenuItem>
            ))}
          </TextField>
        </Stack>
        <FormControlLabel
          control={
            <Switch
              checked={selection.includeSubmitted}
              onChange={(e) => update({ includeSubmitted: e.target.checked })}
            />
          }
          label={translate('dashboard.filters.includeSubmitted')}
          sx={{ mt: 1 }}
        />
        {selection.frameworkId && tracked.length > 0 ? (
          <TrackingTableDownloadButton
            frameworkId={selection.frameworkId}
            fromPeriodId={tracked[0]!.id}
            toPeriodId={tracked.at(-1)!.id}
            officeId={selection.officeId}
          />
        ) : null}
      </CardContent>
    </Card>
  );
};
