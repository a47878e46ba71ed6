import EditCalendarIcon from '@mui/icons-material/EditCalendar';
import { Dialog, DialogContent, DialogContentText, DialogTitle, Stack } from '@mui/material';
import { useState } from 'react';
import {
  AutocompleteInput,
  Button,
  Form,
  NumberInput,
  ReferenceInput,
  SaveButton,
  TextInput,
  required,
  useNotify,
  useTranslate,
} from 'react-admin';
import { fieldErrorsOf, toFormErrors } from '../../app/common/serverErrors';
import { useTrackerDataProvider } from '../../app/dataProvider/useTrackerDataProvider';

const field = (name: string) => `resources.TargetRevision.fields.${name}`;

/** The "Revise target" button and its dialog: a new baseline and target from a period on, with a reason. */
export const ReviseTargetButton = ({
  componentId,
  label,
  onRevised,
}: {
  componentId: string;
  label: string;
  onRevised: () => void;
}) => {
  const translate = useTranslate();
  const notify = useNotify();
  const dataProvider = useTrackerDataProvider();
  const [open, setOpen] = useState(false);
  const submit = async (values: Record<string, unknown>) => {
    try {
      const { data } = await dataProvider.reviseComponentTarget({
        componentId,
        officeId: (values.officeId as string | undefined) || null,
        appliesFromPeriodId: values.appliesFromPeriodId as string,
        baselineValue: (values.baselineValue as number | null | undefined) ?? undefined,
        targetValue: (values.targetValue as number | null | undefined) ?? undefined,
        targetNarrative: (values.targetNarrative as string | undefined) || undefined,
        reason: String(values.reason ?? '').trim(),
      });
      notify('resources.TargetRevision.revised', { type: 'info', messageArgs: { date: data.appliesFrom } });
      setOpen(false);
      onRevised();
      return undefined;
    } catch (error) {
      const fields = fieldErrorsOf(error);
      if (fields.length > 0) return toFormErrors(fields);
      notify((error as Error).message, { type: 'error' });
      return undefined;
    }
  };
  const title = translate('resources.TargetRevision.dialogTitle', { label });
  return (
    <>
      <Button label="resources.TargetRevision.action.revise" onClick={() => setOpen(true)}>
        <EditCalendarIcon />
      </Button>
      {open ? (
        <Dialog open onClose={() => setOpen(false)} aria-labelledby="revise-target-title" fullWidth maxWidth="sm">
          <DialogTitle id="revise-target-title">{title}</DialogTitle>
          <DialogContent>
            <DialogContentText>{translate('resources.TargetRevision.help')}</DialogContentText>
            <Form onSubmit={submit}>
              <Stack sx={{ mt: 1 }}>
                <ReferenceInput
                  source="appliesFromPeriodId"
                  reference="ReportingPeriod"
                  sort={{ field: 'startDate', order: 'ASC' }}
                >
                  <AutocompleteInput
                    label={field('appliesFromPeriodId')}
                    optionText="code"
                    validate={required('resources.TargetRevision.validation.appliesFromPeriodId')}
                  />
                </ReferenceInput>
                <ReferenceInput source="officeId" reference="Office" sort={{ field: 'code', order: 'ASC' }}>
                  <AutocompleteInput
                    label={field('officeId')}
                    optionText="code"
                    helperText="resources.TargetRevision.region"
                  />
                </ReferenceInput>
                <NumberInput source="baselineValue" label={field('baselineValue')} />
                <NumberInput source="targetValue" label={field('targetValue')} />
                <TextInput source="targetNarrative" label={field('targetNarrative')} multiline />
                <TextInput
                  source="reason"
                  label={field('reason')}
                  multiline
                  minRows={2}
                  validate={required('resources.TargetRevision.validation.reason')}
                />
              </Stack>
              <Stack direction="row" sx={{ justifyContent: 'flex-end', gap: 1 }}>
                <Button label="ra.action.cancel" onClick={() => setOpen(false)} />
                <SaveButton label="resources.TargetRevision.action.revise" />
              </Stack>
            </Form>
          </DialogContent>
        </Dialog>
      ) : null}
    </>
  );
};
