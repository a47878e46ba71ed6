import { Box, Paper, Stack, Typography } from '@mui/material';
import { useCallback, useMemo, useRef, useState } from 'react';
import { useTranslate } from 'react-admin';
import type { ProgrammeOutcomeSummary, ReportDetail } from '../../app/dataProvider/progressReports';
import { useTrackerDataProvider } from '../../app/dataProvider/useTrackerDataProvider';
import { LineFields } from './LineFields';
import { NarrativeFields } from './NarrativeFields';
import {
  clientErrors,
  initialForm,
  lineKey,
  resultKey,
  type LineForm,
  type ReportForm,
  type ResultForm,
} from './reportForm';
import { ReportSections } from './ReportSections';
import { ResultFields } from './ResultFields';
import { ReturnedNotice } from './ReturnedNotice';
import { SaveStatusText } from './SaveStatusText';
import { SubmitButton } from './SubmitButton';
import { useReportAutosave } from './useReportAutosave';

interface ReportEditorProps {
  report: ReportDetail;
  outcomes: ProgrammeOutcomeSummary[];
  /** Load the report again: after a conflict, or once submitted. */
  onReload: () => void;
  delayMs?: number;
}

/** A draft or returned report as one form that saves itself. */
export const ReportEditor = ({ report, outcomes, onReload, delayMs }: ReportEditorProps) => {
  const translate = useTranslate();
  const dataProvider = useTrackerDataProvider();
  const [form, setForm] = useState<ReportForm>(() => initialForm(report));
  const formRef = useRef(form);
  const { status, serverErrors, setServerErrors, saver, version } = useReportAutosave(report, formRef, delayMs);

  const update = useCallback(
    (change: (current: ReportForm) => ReportForm, touched: string[]) => {
      formRef.current = change(formRef.current);
      setForm(formRef.current);
      setServerErrors((errors) => {
        const left = { ...errors };
        for (const key of touched) delete left[key];
        return left;
      });
      saver.change();
    },
    [saver, setServerErrors],
  );
  const onLine = useCallback(
    (planItemId: string, patch: Partial<LineForm>) =>
      update(
        (current) => ({
          ...current,
          lines: current.lines.map((line) => (line.planItemId === planItemId ? { ...line, ...patch } : line)),
        }),
        Object.keys(patch).map((field) => lineKey(planItemId, field)),
      ),
    [update],
  );
  const onResult = useCallback(
    (componentId: string, patch: Partial<ResultForm>) =>
      update(
        (current) => ({
          ...current,
          results: { ...current.results, [componentId]: { ...current.results[componentId]!, ...patch } },
        }),
        Object.keys(patch).map((field) => resultKey(componentId, field)),
      ),
    [update],
  );

  const errors = useMemo(() => {
    const local = Object.entries(clientErrors(form)).map(([key, message]) => [key, translate(message)]);
    return { ...serverErrors, ...Object.fromEntries(local) } as Record<string, string>;
  }, [form, serverErrors, translate]);

  const submit = async () => {
    await saver.flush();
    if (saver.dirty) throw new Error(translate('reports.save.pendingBeforeSubmit'));
    await dataProvider.submitProgressReport(report.id, version.current);
    onReload();
  };

  return (
    <Box>
      {report.status === 'RETURNED' ? <ReturnedNotice report={report} /> : null}
      <Paper
        elevation={2}
        sx={{ position: 'sticky', top: 56, zIndex: 2, p: 1.5, my: 2, display: 'flex', alignItems: 'center', gap: 2 }}
      >
        <Box sx={{ flex: 1 }}>
          <SaveStatusText status={status} onReload={onReload} />
        </Box>
        <SubmitButton period={report.period.code} onSubmit={submit} disabled={status.kind === 'conflict'} />
      </Paper>
      <ReportSections
        report={report}
        outcomes={outcomes}
        lines={form.lines}
        renderLine={(line) => <LineFields key={line.planItemId} line={line} errors={errors} onChange={onLine} />}
        renderResult={(component) => (
          <ResultFields
            key={component.id}
            component={component}
            result={form.results[component.id]!}
            errors={errors}
            onChange={onResult}
            review={report.results.find((candidate) => candidate.componentId === component.id)}
          />
        )}
        summary={
          <Stack>
            <NarrativeFields
              form={form}
              errors={errors}
              onChange={(patch) => update((c) => ({ ...c, ...patch }), Object.keys(patch))}
            />
          </Stack>
        }
      />
      {errors.form ? (
        <Typography color="error" role="alert">
          {errors.form}
        </Typography>
      ) : null}
    </Box>
  );
};
