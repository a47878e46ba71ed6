import LockIcon from '@mui/icons-material/Lock';
import LockOpenIcon from '@mui/icons-material/LockOpen';
import EventBusyIcon from '@mui/icons-material/EventBusy';
import { Chip } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';

const looks = {
  OPEN: { color: 'success', icon: <LockOpenIcon /> },
  CLOSED: { color: 'warning', icon: <EventBusyIcon /> },
  LOCKED: { color: 'default', icon: <LockIcon /> },
} as const;

/** The period's status as a chip carrying its name and an icon, not colour alone. */
export const PeriodStatusField = (_props: { label?: string; source?: string; sortable?: boolean }) => {
  const record = useRecordContext<{ status?: keyof typeof looks }>();
  const translate = useTranslate();
  if (!record?.status) return null;
  const look = looks[record.status];
  return (
    <Chip
      size="small"
      variant="outlined"
      color={look.color}
      icon={look.icon}
      label={translate(`enums.PeriodStatus.${record.status}`)}
    />
  );
};
