import { Alert, Box, Skeleton } from '@mui/material';
import { useTranslate } from 'react-admin';
import type { IndicatorProgressTrendParams } from '../../app/dataProvider/dashboard';
import { ErrorAlert } from './ErrorAlert';
import { TrendChart } from './TrendChart';
import { useDashboardQuery } from './useDashboardQuery';

/** Loads an indicator's progress over the quarters and draws it. */
export const IndicatorTrend = ({ params }: { params: IndicatorProgressTrendParams }) => {
  const translate = useTranslate();
  const { data, isPending, error } = useDashboardQuery('indicatorProgressTrend', params);
  if (isPending) return <Skeleton variant="rectangular" height={280} aria-label={translate('dashboard.loading')} />;
  if (error) return <ErrorAlert error={error} title={translate('dashboard.errors.trend')} />;
  if (!data.some((point) => point.achievementPercent !== null)) {
    return <Alert severity="info">{translate('dashboard.empty.noTrend')}</Alert>;
  }
  return (
    <Box sx={{ height: 300 }}>
      <TrendChart points={data} />
    </Box>
  );
};
