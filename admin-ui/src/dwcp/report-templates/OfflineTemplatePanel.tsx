import { Paper, Stack, Typography } from '@mui/material';
import { useLocaleState, useTranslate } from 'react-admin';
import { useTrackerDataProvider } from '../../app/dataProvider/useTrackerDataProvider';
import { DownloadButton } from '../../app/common/DownloadButton';
import { ImportFailure } from './ImportFailure';
import { TemplateUploadButton } from './TemplateUploadButton';
import { UploadProgress } from './UploadProgress';
import { useTemplateUpload } from './useTemplateUpload';

interface Props {
  report: { id: string; officeId: string; periodId: string };
  /** Called once an upload is saved, so the report on screen can be loaded again. */
  onImported: () => void;
}

/** Download the report as an Excel template, fill it without a connection, upload it back as the draft. */
export const OfflineTemplatePanel = ({ report, onImported }: Props) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const dataProvider = useTrackerDataProvider();
  const { progress, error, upload, dismiss } = useTemplateUpload(onImported);
  const headingId = `offline-template-${report.id}`;
  return (
    <Paper component="section" variant="outlined" aria-labelledby={headingId} sx={{ p: 2, my: 2 }}>
      <Typography id={headingId} variant="h6" component="h2">
        {translate('reportTemplates.title')}
      </Typography>
      <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
        {translate('reportTemplates.explanation')}
      </Typography>
      <Stack direction="row" spacing={2} useFlexGap sx={{ flexWrap: 'wrap', alignItems: 'flex-start' }}>
        <DownloadButton
          label="reportTemplates.download"
          fetchFile={(onProgress) =>
            dataProvider.downloadReportTemplate(
              { officeId: report.officeId, periodId: report.periodId, language: locale },
              onProgress,
            )
          }
        />
        <TemplateUploadButton disabled={progress !== null} onFile={upload} />
      </Stack>
      {progress !== null ? <UploadProgress fraction={progress} /> : null}
      {error ? <ImportFailure error={error} onClose={dismiss} /> : null}
    </Paper>
  );
};
