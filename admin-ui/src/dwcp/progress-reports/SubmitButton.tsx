import SendIcon from '@mui/icons-material/Send';
import { useState } from 'react';
import { Button, Confirm, useNotify } from 'react-admin';

interface SubmitButtonProps {
  period: string;
  disabled?: boolean;
  /** Saves what is left and submits; rejects with a message to show. */
  onSubmit: () => Promise<void>;
}

/** "Submit report", after a confirmation dialog. */
export const SubmitButton = ({ period, disabled, onSubmit }: SubmitButtonProps) => {
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const notify = useNotify();
  const confirm = async () => {
    setBusy(true);
    try {
      await onSubmit();
      setOpen(false);
      notify('reports.submit.done', { type: 'success' });
    } catch (error) {
      setOpen(false);
      const message = error instanceof Error ? error.message : String(error);
      notify(message, { type: 'error', messageArgs: { _: message } });
    } finally {
      setBusy(false);
    }
  };
  return (
    <>
      <Button
        label="reports.submit.button"
        variant="contained"
        onClick={() => setOpen(true)}
        disabled={disabled || busy}
      >
        <SendIcon />
      </Button>
      <Confirm
        isOpen={open}
        loading={busy}
        title="reports.submit.confirmTitle"
        content="reports.submit.confirmContent"
        contentTranslateOptions={{ period }}
        confirm="reports.submit.button"
        onConfirm={() => void confirm()}
        onClose={() => setOpen(false)}
      />
    </>
  );
};
