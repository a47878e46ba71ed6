import { Dialog, DialogActions, DialogContent, DialogContentText, DialogTitle, TextField } from '@mui/material';
import { useState } from 'react';
import { Button, useNotify, useTranslate } from 'react-admin';
import { changeMyPassword } from '../authProvider';
import { fieldErrorsOf } from '../common/serverErrors';

interface ChangePasswordDialogProps {
  onClose: () => void;
}

type Field = 'currentPassword' | 'newPassword';

/**
 * Changes the signed-in user's own password. The API ends every other session and returns a
 * fresh token, which replaces the stored one so that this session goes on.
 */
export const ChangePasswordDialog = ({ onClose }: ChangePasswordDialogProps) => {
  const translate = useTranslate();
  const notify = useNotify();
  const [values, setValues] = useState<Record<Field, string>>({ currentPassword: '', newPassword: '' });
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const [busy, setBusy] = useState(false);

  const submit = async () => {
    setBusy(true);
    setErrors({});
    try {
      await changeMyPassword(values.currentPassword, values.newPassword);
      notify('app.password.changed', { type: 'success' });
      onClose();
    } catch (error) {
      const fields = fieldErrorsOf(error).filter((f) => f.field === 'currentPassword' || f.field === 'newPassword');
      if (fields.length) setErrors(Object.fromEntries(fields.map((f) => [f.field, f.message])));
      else notify((error as Error).message || 'ra.notification.http_error', { type: 'error' });
    } finally {
      setBusy(false);
    }
  };

  const input = (field: Field, autoComplete: string, autoFocus = false) => (
    <TextField
      label={translate(`app.password.${field}`)}
      type="password"
      value={values[field]}
      onChange={(event) => setValues({ ...values, [field]: event.target.value })}
      error={errors[field] !== undefined}
      helperText={errors[field]}
      slotProps={{ htmlInput: { maxLength: 200, autoComplete } }}
      required
      fullWidth
      margin="normal"
      autoFocus={autoFocus}
    />
  );

  return (
    <Dialog open onClose={onClose} aria-labelledby="change-password-title" fullWidth maxWidth="xs">
      <DialogTitle id="change-password-title">{translate('app.password.title')}</DialogTitle>
      <DialogContent>
        <DialogContentText>{translate('app.password.explanation')}</DialogContentText>
        {input('currentPassword', 'current-password', true)}
        {input('newPassword', 'new-password')}
      </DialogContent>
      <DialogActions>
        <Button label="ra.action.cancel" onClick={onClose} disabled={busy} />
        <Button
          label="app.password.save"
          variant="contained"
          onClick={() => void submit()}
          disabled={busy || !values.currentPassword || !values.newPassword}
        />
      </DialogActions>
    </Dialog>
  );
};
