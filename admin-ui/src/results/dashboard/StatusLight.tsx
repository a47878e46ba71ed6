import { Box } from '@mui/material';
import { useTranslate } from 'react-admin';
import type { ProgressStatus } from '../../app/dataProvider/dashboard';
import { STATUS_COLORS, STATUS_ICONS } from './statusStyle';

/** A traffic light: coloured icon plus the status in words. */
export const StatusLight = ({ status }: { status: ProgressStatus }) => {
  const translate = useTranslate();
  return (
    <Box
      component="span"
      sx={{
        display: 'inline-flex',
        alignItems: 'center',
        gap: 0.5,
        color: STATUS_COLORS[status],
        fontWeight: 500,
        whiteSpace: 'nowrap',
      }}
    >
      {STATUS_ICONS[status]}
      <span>{translate(`enums.ProgressStatus.${status}`)}</span>
    </Box>
  );
};
