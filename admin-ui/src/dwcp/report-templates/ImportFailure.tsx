import DownloadIcon from '@mui/icons-material/Download';
import { Alert, AlertTitle, Box, Typography } from '@mui/material';
import { Button, useTranslate } from 'react-admin';
import { TemplateImportError } from '../../app/dataProvider/imports';
import { saveMarkedWorkbook } from './markedWorkbook';
import { ProblemsTable } from './ProblemsTable';

/** Why an upload failed: the server's refusal with the cells to correct, or the transport error. */
export const ImportFailure = ({ error, onClose }: { error: Error; onClose: () => void }) => {
  const translate = useTranslate();
  const refusal = error instanceof TemplateImportError ? error : null;
  return (
    <Alert
      severity="error"
      onClose={onClose}
      closeText={translate('ra.action.close')}
      sx={{ mt: 2, '& .MuiAlert-message': { flex: 1, minWidth: 0 } }}
    >
      {/* Only the server can say nothing was saved: a dropped connection leaves that unknown. */}
      {refusal ? <AlertTitle>{translate('reportTemplates.problems.title')}</AlertTitle> : null}
      <Typography variant="body2">
        {/* With cells to correct, the table says it all in the user's language; otherwise the server's reason. */}
        {refusal && refusal.problems.length > 0
          ? translate('reportTemplates.problems.summary', { smart_count: refusal.problems.length })
          : refusal
            ? refusal.message
            : translate('reportTemplates.upload.failed', { reason: error.message })}
      </Typography>
      {refusal && refusal.problems.length > 0 ? <ProblemsTable problems={refusal.problems} /> : null}
      {refusal?.markedWorkbook ? (
        <Box sx={{ mt: 1 }}>
          <Button
            label="reportTemplates.problems.downloadMarked"
            onClick={() => saveMarkedWorkbook(refusal.markedWorkbook!)}
            variant="outlined"
          >
            <DownloadIcon />
          </Button>
        </Box>
      ) : null}
    </Alert>
  );
};
