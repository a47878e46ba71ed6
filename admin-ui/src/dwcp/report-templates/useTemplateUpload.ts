import { useCallback, useState } from 'react';
import { useNotify, useTranslate } from 'react-admin';
import { useTrackerDataProvider } from '../../app/dataProvider/useTrackerDataProvider';

export interface TemplateUpload {
  /** Fraction of the file sent (0 to 1; 1 while the server checks and saves), or null when no upload is running. */
  progress: number | null;
  /** Why the last upload failed: a TemplateImportError when the server refused it. */
  error: Error | null;
  upload: (file: File) => Promise<void>;
  dismiss: () => void;
}

/** Sends a filled template, tracking its progress; on success says what was saved and calls onImported. */
export const useTemplateUpload = (onImported: () => void): TemplateUpload => {
  const dataProvider = useTrackerDataProvider();
  const notify = useNotify();
  const translate = useTranslate();
  const [progress, setProgress] = useState<number | null>(null);
  const [error, setError] = useState<Error | null>(null);

  const upload = useCallback(
    async (file: File) => {
      setError(null);
      setProgress(0);
      try {
        const result = await dataProvider.uploadReportTemplate(file, setProgress);
        // After a 401 react-admin signs the user out and resolves the call with `{ data: {} }`: nothing to report.
        if (typeof result?.lines !== 'number') return;
        notify('reportTemplates.upload.saved', {
          type: 'success',
          messageArgs: {
            lines: translate('reportTemplates.upload.lineCount', { smart_count: result.lines }),
            results: translate('reportTemplates.upload.resultCount', { smart_count: result.results }),
          },
        });
        onImported();
      } catch (failure) {
        setError(failure instanceof Error ? failure : new Error(String(failure)));
      } finally {
        setProgress(null);
      }
    },
    [dataProvider, notify, translate, onImported],
  );
  const dismiss = useCallback(() => setError(null), []);
  return { progress, error, upload, dismiss };
};
