import CheckIcon from '@mui/icons-material/Check';
import SendIcon from '@mui/icons-material/Send';
import UndoIcon from '@mui/icons-material/Undo';
import { Box, TextField as TextInputField } from '@mui/material';
import { useState } from 'react';
import { Button, Confirm, useNotify, useRecordContext, useRefresh, useTranslate } from 'react-admin';
import { useTrackerDataProvider } from '../../app/dataProvider/useTrackerDataProvider';

interface PlanRecord {
  id: string;
  status: 'DRAFT' | 'SUBMITTED' | 'RETURNED' | 'APPROVED';
  version: number;
}

/**
 * The yearly plan's review, as a progress report's: the officer submits a draft or returned plan,
 * the regional manager approves or returns a submitted one. The server decides who may.
 */
export const PlanWorkflowButtons = () => {
  const plan = useRecordContext<PlanRecord>();
  const dataProvider = useTrackerDataProvider();
  const notify = useNotify();
  const refresh = useRefresh();
  const translate = useTranslate();
  const [returning, setReturning] = useState(false);
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState(false);
  if (!plan) return null;
  const step = async (call: () => Promise<unknown>, done: string) => {
    setBusy(true);
    try {
      await call();
      notify(done, { type: 'success' });
      refresh();
    } catch (error) {
      notify('resources.ImplementationPlan.workflow.failed', {
        type: 'error',
        messageArgs: { reason: (error as Error).message },
      });
    } finally {
      setBusy(false);
      setReturning(false);
    }
  };
  const base = 'resources.ImplementationPlan.workflow';
  return (
    <Box sx={{ display: 'flex', gap: 1, px: 2, pb: 1 }}>
      {plan.status === 'DRAFT' || plan.status === 'RETURNED' ? (
        <Button
          label={`${base}.submit`}
          variant="contained"
          disabled={busy}
          onClick={() =>
            void step(() => dataProvider.submitImplementationPlan(plan.id, plan.version), `${base}.submitted`)
          }
        >
          <SendIcon />
        </Button>
      ) : null}
      {plan.status === 'SUBMITTED' ? (
        <>
          <Button
            label={`${base}.approve`}
            variant="contained"
            color="success"
            disabled={busy}
            onClick={() => void step(() => dataProvider.approveImplementationPlan(plan.id), `${base}.approved`)}
          >
            <CheckIcon />
          </Button>
          <Button label={`${base}.return`} color="warning" disabled={busy} onClick={() => setReturning(true)}>
            <UndoIcon />
          </Button>
          <Confirm
            isOpen={returning}
            loading={busy}
            title={`${base}.return`}
            content={
              <TextInputField
                label={translate(`${base}.reason`)}
                value={reason}
                onChange={(event) => setReason(event.target.value)}
                multiline
                minRows={3}
                fullWidth
                required
              />
            }
            confirm={`${base}.return`}
            onConfirm={() =>
              void step(() => dataProvider.returnImplementationPlan(plan.id, reason), `${base}.returned`)
            }
            onClose={() => setReturning(false)}
          />
        </>
      ) : null}
    </Box>
  );
};
