import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslate } from 'react-admin';
import { toReportApiError, type ReportApiError, type ReportDetail } from '../../app/dataProvider/progressReports';
import { useTrackerDataProvider } from '../../app/dataProvider/useTrackerDataProvider';
import { AUTOSAVE_DELAY_MS, Autosaver, type SaveOutcome, type SaveStatus } from './autosave';
import { writeDraft } from './draftStore';
import { buildPartialSave, changedFields, splitChanges } from './pendingChanges';
import { clientErrors, FORM_KEY, mapServerErrors, type FieldKey, type ReportForm } from './reportForm';

// A refusal names fields: they are held and the rest is sent again, at most this many times a save.
const MAX_ATTEMPTS = 5;

interface AutosaveRefs {
  /** The form as the officer sees it. */
  form: { current: ReportForm };
  /** The form as the server has it, as far as this page knows. */
  saved: { current: ReportForm };
  /** Fields not to send (translated reasons), besides the client's and the server's errors. */
  holds: { current: Record<FieldKey, string> };
}

/**
 * Saves the draft `delayMs` after the last change and when the page is left, keeping the version
 * each save answers. Only changed fields go, and only those without an error: the others are held,
 * marked with their error, and kept in this browser (`draftKey`) with whatever is not saved yet.
 */
export const useReportAutosave = (
  report: ReportDetail,
  refs: AutosaveRefs,
  draftKey: string,
  delayMs = AUTOSAVE_DELAY_MS,
) => {
  const dataProvider = useTrackerDataProvider();
  const translate = useTranslate();
  const version = useRef(report.version);
  const [status, setStatus] = useState<SaveStatus>({ kind: 'idle' });
  const [serverErrors, setServerErrorsState] = useState<Record<string, string>>({});
  const serverErrorsRef = useRef(serverErrors);
  const setServerErrors = useRef((change: (errors: Record<string, string>) => Record<string, string>) => {
    serverErrorsRef.current = change(serverErrorsRef.current);
    setServerErrorsState(serverErrorsRef.current);
  }).current;
  const deps = useRef({ dataProvider, translate });
  deps.current = { dataProvider, translate };

  const keep = useRef(() => writeDraft(localStorage, draftKey, version.current, refs.saved.current, refs.form.current));
  keep.current = () => writeDraft(localStorage, draftKey, version.current, refs.saved.current, refs.form.current);

  const saver = useMemo(() => {
    const blockers = () => {
      const { translate: t } = deps.current;
      const local = Object.entries(clientErrors(refs.form.current)).map(([key, message]) => [key, t(message)]);
      return { ...refs.holds.current, ...serverErrorsRef.current, ...Object.fromEntries(local) };
    };
    const attempt = async (): Promise<SaveOutcome | 'retry' | 'done'> => {
      const { dataProvider: provider } = deps.current;
      const { send } = splitChanges(refs.saved.current, refs.form.current, blockers());
      if (Object.keys(send).length === 0) return 'done';
      const { input, index, next } = buildPartialSave(report.id, version.current, refs.saved.current, send);
      let error: ReportApiError;
      try {
        const saved = await provider.updateProgressReport(input);
        if (saved.ok) {
          version.current = saved.report.version;
          refs.saved.current = next;
          // Errors on what was just sent are answered; the others still stand.
          setServerErrors((errors) => Object.fromEntries(Object.entries(errors).filter(([key]) => !(key in send))));
          return 'retry';
        }
        error = saved.error;
      } catch (raw) {
        error = toReportApiError(raw);
      }
      if (error.code === 'CONFLICT' && error.fields.some((f) => f.field === 'version'))
        return { ok: false, conflict: true, reason: error.message };
      const byInput = mapServerErrors(error.fields, index);
      if (error.fields.length === 0 || FORM_KEY in byInput) {
        if (FORM_KEY in byInput) setServerErrors((errors) => ({ ...errors, ...byInput }));
        return { ok: false, conflict: false, reason: error.message };
      }
      // Refused fields are held with their error; the rest is sent again.
      setServerErrors((errors) => ({ ...errors, ...byInput }));
      return 'retry';
    };
    const save = async (): Promise<SaveOutcome> => {
      let sent = false;
      try {
        for (let tries = 0; tries < MAX_ATTEMPTS; tries += 1) {
          const before = version.current;
          const outcome = await attempt();
          if (version.current !== before) sent = true;
          if (outcome === 'done') break;
          if (outcome !== 'retry') return outcome;
        }
        const { hold } = splitChanges(refs.saved.current, refs.form.current, blockers());
        return { ok: true, sent, held: Object.keys(hold) };
      } finally {
        keep.current();
      }
    };
    return new Autosaver({ delayMs, save, onStatus: setStatus });
  }, [report.id, refs, delayMs, setServerErrors]);

  useEffect(() => {
    // Leaving the page (another route, closing the tab) saves what is left.
    const leave = () => void saver.flush();
    window.addEventListener('pagehide', leave);
    return () => {
      window.removeEventListener('pagehide', leave);
      void saver.flush();
    };
  }, [saver]);

  /** Whether anything typed is not on the server. */
  const unsaved = () => saver.dirty || Object.keys(changedFields(refs.saved.current, refs.form.current)).length > 0;

  return { status, serverErrors, setServerErrors, saver, version, keep: () => keep.current(), unsaved };
};
