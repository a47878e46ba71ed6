import { Alert, Box, Skeleton, Stack, Typography } from '@mui/material';
import { useMemo, useState } from 'react';
import { useTranslate } from 'react-admin';
import type { ComponentProgress } from '../../app/dataProvider/dashboard';
import { groupProgress } from './groupProgress';
import { IndicatorDetail } from './IndicatorDetail';
import { OutcomeCard } from './OutcomeCard';
import { StatusSummary } from './StatusSummary';
import type { DashboardSelection } from './useDashboardFilters';
import { useDashboardQuery } from './useDashboardQuery';
import { ErrorAlert } from './ErrorAlert';

interface Props {
  selection: Required<Pick<DashboardSelection, 'frameworkId' | 'periodId'>> & DashboardSelection;
  periodIds: string[];
}

/** The summary strip and the outcomes with their indicators, as of the chosen quarter. */
export const ProgressOverview = ({ selection, periodIds }: Props) => {
  const translate = useTranslate();
  const [open, setOpen] = useState<ComponentProgress[] | null>(null);
  const { data, isPending, error } = useDashboardQuery('indicatorProgress', {
    frameworkId: selection.frameworkId,
    periodId: selection.periodId,
    officeId: selection.officeId,
    includeSubmitted: selection.includeSubmitted,
  });
  const outcomes = useMemo(() => groupProgress(data ?? []), [data]);

  if (isPending) {
    return (
      <Stack spacing={2} aria-busy="true" aria-label={translate('dashboard.loading')}>
        <Skeleton variant="rectangular" height={150} />
        <Skeleton variant="rectangular" height={240} />
        <Skeleton variant="rectangular" height={240} />
      </Stack>
    );
  }
  if (error) return <ErrorAlert error={error} title={translate('dashboard.errors.progress')} />;
  if (!data.length) return <Alert severity="info">{translate('dashboard.empty.noIndicators')}</Alert>;

  const noData = data.every((row) => row.status === 'NO_DATA');
  return (
    <Stack spacing={2} component="section" aria-labelledby="outcomes-title">
      <StatusSummary rows={data} />
      {noData ? (
        <Alert severity="info">
          {translate(selection.includeSubmitted ? 'dashboard.empty.noData' : 'dashboard.empty.noApprovedData')}
        </Alert>
      ) : null}
      <Box>
        <Typography id="outcomes-title" variant="h6" component="h2" gutterBottom>
          {translate('dashboard.outcomes')}
        </Typography>
        <Typography variant="body2" color="text.secondary" gutterBottom>
          {translate('dashboard.progress.legend')}
        </Typography>
        {outcomes.map((outcome) => (
          <OutcomeCard key={outcome.outcomeId} outcome={outcome} onOpenIndicator={setOpen} />
        ))}
      </Box>
      {open ? (
        <IndicatorDetail components={open} selection={selection} periodIds={periodIds} onClose={() => setOpen(null)} />
      ) : null}
    </Stack>
  );
};
