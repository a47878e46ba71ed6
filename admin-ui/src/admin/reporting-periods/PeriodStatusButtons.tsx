import LockIcon from '@mui/icons-material/Lock';
import LockOpenIcon from '@mui/icons-material/LockOpen';
import EventBusyIcon from '@mui/icons-material/EventBusy';
import { useState, type ReactElement } from 'react';
import { Button, useNotify, useRecordContext, useRefresh } from 'react-admin';
import { canCall } from '../../app/common/roles';
import { useRole } from '../../app/common/useRole';
import type { PeriodMethods } from '../../app/dataProvider/periods';
import { UnlockPeriodDialog } from './UnlockPeriodDialog';
import { usePeriodMethods } from './usePeriodMethods';

type Action = keyof PeriodMethods;
type UnlockAction = 'openReportingPeriod' | 'closeReportingPeriod';

const actions: { action: Action; from: string[]; key: 'open' | 'close' | 'lock'; icon: ReactElement }[] = [
  { action: 'openReportingPeriod', from: ['CLOSED', 'LOCKED'], key: 'open', icon: <LockOpenIcon /> },
  { action: 'closeReportingPeriod', from: ['OPEN', 'LOCKED'], key: 'close', icon: <EventBusyIcon /> },
  { action: 'lockReportingPeriod', from: ['OPEN', 'CLOSED'], key: 'lock', icon: <LockIcon /> },
];

/**
 * Open, close or lock the period: for the roles that may call each mutation (administrators); the
 * API checks the change. Leaving LOCKED is an unlock, which first asks why.
 */
export const PeriodStatusButtons = () => {
  const record = useRecordContext<{ id: string; code: string; status: string }>();
  const role = useRole();
  const methods = usePeriodMethods();
  const notify = useNotify();
  const refresh = useRefresh();
  const [isPending, setPending] = useState(false);
  const [unlocking, setUnlocking] = useState<{ action: UnlockAction; key: 'open' | 'close' }>();
  const mutate = (action: Action, reason?: string) => {
    setPending(true);
    const call =
      action === 'lockReportingPeriod'
        ? methods[action](String(record?.id))
        : methods[action](String(record?.id), reason);
    call
      .then(() => {
        notify(`resources.ReportingPeriod.notifications.${reason ? 'unlocked' : action}`, { type: 'success' });
        setUnlocking(undefined);
        refresh();
      })
      .catch((error: Error) => notify(error.message, { type: 'error' }))
      .finally(() => setPending(false));
  };
  if (!record) return null;
  return (
    <>
      {actions
        .filter(({ action, from }) => canCall(role, action) && from.includes(record.status))
        .map(({ action, key, icon }) => (
          <Button
            key={key}
            label={`resources.ReportingPeriod.action.${key}`}
            onClick={() =>
              record.status === 'LOCKED' && action !== 'lockReportingPeriod'
                ? setUnlocking({ action, key: key as 'open' | 'close' })
                : mutate(action)
            }
            disabled={isPending}
          >
            {icon}
          </Button>
        ))}
      {unlocking ? (
        <UnlockPeriodDialog
          code={record.code}
          action={unlocking.key}
          busy={isPending}
          onCancel={() => setUnlocking(undefined)}
          onConfirm={(reason) => mutate(unlocking.action, reason)}
        />
      ) : null}
    </>
  );
};
