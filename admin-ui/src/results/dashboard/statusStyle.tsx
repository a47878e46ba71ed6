import CheckCircleIcon from '@mui/icons-material/CheckCircle';
import ErrorIcon from '@mui/icons-material/Error';
import HelpOutlineIcon from '@mui/icons-material/HelpOutlineOutlined';
import RemoveCircleOutlineIcon from '@mui/icons-material/DoNotDisturbAlt';
import WarningIcon from '@mui/icons-material/Warning';
import type { ReactElement } from 'react';
import type { ProgressStatus } from '../../app/dataProvider/dashboard';

/** The traffic light's colours; a shape and the status text always go with them. */
export const STATUS_COLORS: Record<ProgressStatus, string> = {
  ON_TRACK: '#2e7d32',
  AT_RISK: '#a65f00',
  OFF_TRACK: '#d32f2f',
  NO_DATA: '#757575',
  NOT_MEASURED: '#616161',
};

export const STATUS_ICONS: Record<ProgressStatus, ReactElement> = {
  ON_TRACK: <CheckCircleIcon fontSize="small" />,
  AT_RISK: <WarningIcon fontSize="small" />,
  OFF_TRACK: <ErrorIcon fontSize="small" />,
  NO_DATA: <HelpOutlineIcon fontSize="small" />,
  NOT_MEASURED: <RemoveCircleOutlineIcon fontSize="small" />,
};

/** Worst first: the order of the summary strip. */
export const STATUS_ORDER: ProgressStatus[] = ['OFF_TRACK', 'AT_RISK', 'ON_TRACK', 'NOT_MEASURED', 'NO_DATA'];
