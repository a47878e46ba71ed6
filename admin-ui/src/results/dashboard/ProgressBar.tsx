import { Box, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import type { ComponentProgress } from '../../app/dataProvider/dashboard';
import { useFormatNumber } from './format';
import { STATUS_COLORS } from './statusStyle';

const clamp = (value: number) => Math.min(Math.max(value, 0), 100);

/**
 * Baseline -> actual -> target as one horizontal bar: the filled part runs from the baseline to
 * the actual (the server's % achievement), the dark tick marks where the component should be by now.
 */
export const ProgressBar = ({ row }: { row: ComponentProgress }) => {
  const translate = useTranslate();
  const format = useFormatNumber();
  const achieved = row.achievementPercent;
  const expected = row.expectedPercent;
  const figures = translate('dashboard.progress.figures', {
    baseline: format(row.baselineValue),
    actual: format(row.actualValue),
    target: format(row.targetValue),
  });
  return (
    <Box>
      <Box
        role="img"
        aria-label={`${figures}. ${translate('dashboard.progress.expected')}: ${format(expected, ' %')}`}
        sx={{ position: 'relative', height: 12, borderRadius: 1, bgcolor: 'action.hover', my: 0.5 }}
      >
        {achieved !== null ? (
          <Box
            sx={{
              position: 'absolute',
              inset: 0,
              width: `${clamp(achieved)}%`,
              borderRadius: 1,
              bgcolor: STATUS_COLORS[row.status],
            }}
          />
        ) : null}
        {achieved !== null ? (
          <Box
            title={translate('dashboard.progress.actual')}
            sx={{
              position: 'absolute',
              top: -3,
              left: `calc(${clamp(achieved)}% - 3px)`,
              width: 6,
              height: 18,
              borderRadius: 0.5,
              bgcolor: 'background.paper',
              border: 2,
              borderColor: STATUS_COLORS[row.status],
            }}
          />
        ) : null}
        {expected !== null ? (
          <Box
            title={translate('dashboard.progress.expected')}
            sx={{
              position: 'absolute',
              top: -4,
              left: `calc(${clamp(expected)}% - 1px)`,
              width: 2,
              height: 20,
              bgcolor: 'text.primary',
            }}
          />
        ) : null}
      </Box>
      <Typography variant="caption" color="text.secondary" component="div">
        {figures}
        {row.unit ? ` (${row.unit})` : ''}
      </Typography>
    </Box>
  );
};
