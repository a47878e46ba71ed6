import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslate } from 'react-admin';
import { toReportApiError, type ReportApiError, type ReportDetail } from '../../app/dataProvider/progressReports';
import { useTrackerDataProvider } from '../../app/dataProvider/useTrackerDataProvider';
import { AUTOSAVE_DELAY_MS, Autosaver, type SaveOutcome, type SaveStatus } from './autosave';
import { buildSavePayload, clientErrors, FORM_KEY, mapServerErrors, type ReportForm } from './reportForm';

/**
 * Saves the draft `delayMs` after the last change and when the page is left, keeping the version
 * each save answers. Server problems come back by input (`line:<planItemId>:percentComplete`).
 */
export const useReportAutosave = (
  report: ReportDetail,
  formRef: { current: ReportForm },
  delayMs = AUTOSAVE_DELAY_MS,
) => {
  const dataProvider = useTrackerDataProvider();
  const translate = useTranslate();
  const version = useRef(report.version);
  const [status, setStatus] = useState<SaveStatus>({ kind: 'idle' });
  const [serverErrors, setServerErrors] = useState<Record<string, string>>({});
  const deps = useRef({ dataProvider, translate });
  deps.current = { dataProvider, translate };

  const saver = useMemo(() => {
    const save = async (): Promise<SaveOutcome> => {
      const { dataProvider: provider, translate: t } = deps.current;
      if (Object.keys(clientErrors(formRef.current)).length > 0)
        return { ok: false, conflict: false, reason: t('reports.save.fixFields') };
      const { input, index } = buildSavePayload(report.id, version.current, formRef.current);
      let error: ReportApiError;
      try {
        const saved = await provider.updateProgressReport(input);
        if (saved.ok) {
          version.current = saved.report.version;
          setServerErrors({});
          return { ok: true };
        }
        error = saved.error;
      } catch (raw) {
        error = toReportApiError(raw);
      }
      if (error.code === 'CONFLICT' && error.fields.some((f) => f.field === 'version'))
        return { ok: false, conflict: true, reason: error.message };
      const byInput = mapServerErrors(error.fields, index);
      setServerErrors(byInput);
      const onInputs = error.fields.length > 0 && !(FORM_KEY in byInput);
      return { ok: false, conflict: false, reason: onInputs ? t('reports.save.fixFields') : error.message };
    };
    return new Autosaver({ delayMs, save, onStatus: setStatus });
  }, [report.id, formRef, delayMs]);

  useEffect(() => {
    // Leaving the page (another route, closing the tab) saves what is left.
    const leave = () => void saver.flush();
    window.addEventListener('pagehide', leave);
    return () => {
      window.removeEventListener('pagehide', leave);
      void saver.flush();
    };
  }, [saver]);

  return { status, serverErrors, setServerErrors, saver, version };
};
