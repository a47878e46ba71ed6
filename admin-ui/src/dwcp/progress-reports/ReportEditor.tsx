import { Box, Paper, Stack, Typography } from '@mui/material';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslate } from 'react-admin';
import { storedUserId } from '../../app/authProvider';
import type { ProgrammeOutcomeSummary, ReportDetail } from '../../app/dataProvider/progressReports';
import { useTrackerDataProvider } from '../../app/dataProvider/useTrackerDataProvider';
import { draftKey, readDraft, restoreDraft, type Restored } from './draftStore';
import { fieldNamer } from './fieldNames';
import { LeaveGuard } from './LeaveGuard';
import { LineFields } from './LineFields';
import { NarrativeFields } from './NarrativeFields';
import { fieldValues, parseKey, withFields } from './pendingChanges';
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
import { RestoredDraftNotice } from './RestoredDraftNotice';
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
  const storageKey = draftKey(storedUserId() ?? 'anonymous', report.id);
  // The server's report, with what this browser kept unsaved over it (restored once, on opening).
  const [start] = useState(() => {
    const server = initialForm(report);
    return { server, restored: restoreDraft(server, readDraft(localStorage, storageKey), report.version) };
  });
  const [restored, setRestored] = useState<Restored | null>(start.restored);
  const [form, setForm] = useState<ReportForm>(() => start.restored?.form ?? start.server);
  const refs = useRef({
    form: { current: form },
    saved: { current: start.server },
    // Restored over a report changed since: not sent until the officer keeps them (or edits them).
    holds: {
      current: Object.fromEntries(
        start.restored?.stale ? start.restored.keys.map((key) => [key, translate('reports.draft.staleField')]) : [],
      ) as Record<string, string>,
    },
  }).current;
  const formRef = refs.form;
  const { status, serverErrors, setServerErrors, saver, version, keep, unsaved } = useReportAutosave(
    report,
    refs,
    storageKey,
    delayMs,
  );
  useEffect(() => {
    // Restored values go to the server as any change would (held ones stay held).
    if (start.restored) saver.change();
  }, [start, saver]);

  const update = useCallback(
    (change: (current: ReportForm) => ReportForm, touched: string[]) => {
      formRef.current = change(formRef.current);
      setForm(formRef.current);
      const answered = new Set([...touched, ...touched.map((key) => `${parseKey(key).unit}:row`)]);
      setServerErrors((errors) => Object.fromEntries(Object.entries(errors).filter(([key]) => !answered.has(key))));
      for (const key of touched) delete refs.holds.current[key];
      // Kept in this browser at once: a closed tab or a lost connection loses nothing.
      keep();
      saver.change();
    },
    [saver, setServerErrors, formRef, refs, keep],
  );
  const discardRestored = () => {
    if (!restored) return;
    const server = fieldValues(refs.saved.current);
    update(
      (current) => withFields(current, Object.fromEntries(restored.keys.map((key) => [key, server[key]!]))),
      restored.keys,
    );
    setRestored(null);
  };
  const keepRestored = () => {
    if (!restored) return;
    for (const key of restored.keys) delete refs.holds.current[key];
    setRestored(null);
    saver.change();
  };
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

  const describeField = useMemo(() => fieldNamer(report, translate), [report, translate]);
  const errors = useMemo(() => {
    const local = Object.entries(clientErrors(form)).map(([key, message]) => [key, translate(message)]);
    return { ...refs.holds.current, ...serverErrors, ...Object.fromEntries(local) } as Record<string, string>;
  }, [form, serverErrors, translate, refs, restored]);

  const submit = async () => {
    await saver.flush();
    if (saver.dirty) throw new Error(translate('reports.save.pendingBeforeSubmit'));
    await dataProvider.submitProgressReport(report.id, version.current);
    onReload();
  };

  return (
    <Box>
      <LeaveGuard unsaved={unsaved} />
      {report.status === 'RETURNED' ? <ReturnedNotice report={report} /> : null}
      {restored ? (
        <RestoredDraftNotice
          count={restored.keys.length}
          storedAt={restored.storedAt}
          stale={restored.stale}
          onDiscard={discardRestored}
          onKeep={keepRestored}
        />
      ) : null}
      <Paper
        elevation={2}
        sx={{ position: 'sticky', top: 56, zIndex: 2, p: 1.5, my: 2, display: 'flex', alignItems: 'center', gap: 2 }}
      >
        <Box sx={{ flex: 1 }}>
          <SaveStatusText status={status} onReload={onReload} describe={describeField} />
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
