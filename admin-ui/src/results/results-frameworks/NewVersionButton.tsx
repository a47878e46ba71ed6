import FileCopyIcon from '@mui/icons-material/FileCopy';
import { Dialog, DialogActions, DialogContent, DialogContentText, DialogTitle } from '@mui/material';
import { useState } from 'react';
import {
  Button,
  DateInput,
  Form,
  SaveButton,
  TextInput,
  required,
  useNotify,
  useRecordContext,
  useRedirect,
  useTranslate,
} from 'react-admin';
import { canCall } from '../../app/common/roles';
import { fieldErrorsOf, toFormErrors } from '../../app/common/serverErrors';
import { useRole } from '../../app/common/useRole';
import { useFrameworkMethods } from './useFrameworkMethods';

interface FrameworkRecord {
  id: string;
  title: string;
  startDate: string;
  endDate: string;
  successor?: { id: string } | null;
}

interface VersionValues {
  title: string;
  description?: string | null;
  startDate: string;
  endDate: string;
}

const iso = (date: Date) => date.toISOString().slice(0, 10);

/** The period after `framework`'s, as long as it: 2008-01-01..2009-12-31 gives 2010-01-01..2011-12-31. */
export const nextPeriod = ({ startDate, endDate }: { startDate: string; endDate: string }) => {
  const start = new Date(`${startDate}T00:00:00Z`);
  const next = new Date(`${endDate}T00:00:00Z`);
  next.setUTCDate(next.getUTCDate() + 1);
  const months = (next.getUTCFullYear() - start.getUTCFullYear()) * 12 + next.getUTCMonth() - start.getUTCMonth() || 12;
  const end = new Date(next);
  end.setUTCMonth(end.getUTCMonth() + months);
  end.setUTCDate(end.getUTCDate() - 1);
  return { startDate: iso(next), endDate: iso(end) };
};

/**
 * "New version": copies the framework's outcomes, indicators and components (not its results) into
 * a new framework for the next period. The API checks the dates; its refusals show under the fields.
 */
export const NewVersionButton = () => {
  const record = useRecordContext<FrameworkRecord>();
  const role = useRole();
  const redirect = useRedirect();
  const [open, setOpen] = useState(false);
  if (!record || record.successor || !canCall(role, 'copyResultsFramework')) return null;
  return (
    <>
      <Button label="resources.ResultsFramework.newVersion.action" onClick={() => setOpen(true)}>
        <FileCopyIcon />
      </Button>
      {open ? (
        <NewVersionDialog
          framework={record}
          onClose={() => setOpen(false)}
          onCreated={(id) => redirect('show', 'ResultsFramework', id)}
        />
      ) : null}
    </>
  );
};

interface NewVersionDialogProps {
  framework: FrameworkRecord;
  onClose: () => void;
  /** After the copy, with the new framework's id. */
  onCreated: (id: string) => void;
}

/** The new version's title, description and dates, proposed as the period after the framework's. */
export const NewVersionDialog = ({ framework, onClose, onCreated }: NewVersionDialogProps) => {
  const translate = useTranslate();
  const methods = useFrameworkMethods();
  const notify = useNotify();
  const afterPrevious = (startDate: string) =>
    startDate && startDate <= framework.endDate ? 'resources.ResultsFramework.newVersion.startAfter' : undefined;
  const endAfterStart = (endDate: string, values: VersionValues) =>
    endDate && values.startDate && endDate <= values.startDate
      ? 'resources.ResultsFramework.validation.endDate'
      : undefined;
  const submit = async (values: Record<string, unknown>) => {
    const { title, description, startDate, endDate } = values as unknown as VersionValues;
    let copy;
    try {
      copy = await methods.copyResultsFramework({
        id: framework.id,
        title,
        description: description || null,
        startDate,
        endDate,
      });
    } catch (error) {
      const fields = fieldErrorsOf(error);
      if (fields.length === 0) notify((error as Error).message, { type: 'error' });
      return toFormErrors(fields);
    }
    notify('resources.ResultsFramework.newVersion.done', { type: 'success', messageArgs: { title: copy.data.title } });
    onCreated(copy.data.id);
    return undefined;
  };
  return (
    <Dialog open onClose={onClose} aria-labelledby="new-version-title" fullWidth maxWidth="sm">
      {/* Its own record: not the framework's, which the page's record context would otherwise fill in. */}
      <Form onSubmit={submit} record={{ title: '', description: '', ...nextPeriod(framework) }}>
        <DialogTitle id="new-version-title">
          {translate('resources.ResultsFramework.newVersion.title', { title: framework.title })}
        </DialogTitle>
        <DialogContent>
          <DialogContentText>{translate('resources.ResultsFramework.newVersion.explanation')}</DialogContentText>
          <TextInput source="title" resource="ResultsFramework" validate={required()} fullWidth autoFocus />
          <TextInput source="description" resource="ResultsFramework" multiline minRows={2} fullWidth />
          <DateInput source="startDate" resource="ResultsFramework" validate={[required(), afterPrevious]} />
          <DateInput source="endDate" resource="ResultsFramework" validate={[required(), endAfterStart]} />
        </DialogContent>
        <DialogActions>
          <Button label="ra.action.cancel" onClick={onClose} />
          <SaveButton label="resources.ResultsFramework.newVersion.save" icon={<FileCopyIcon />} alwaysEnable />
        </DialogActions>
      </Form>
    </Dialog>
  );
};
