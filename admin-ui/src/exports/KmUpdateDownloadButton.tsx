import DownloadIcon from '@mui/icons-material/Download';
import { Box, LinearProgress, Typography } from '@mui/material';
import { useState } from 'react';
import { Button, useNotify, useTranslate } from 'react-admin';
import { useTrackerDataProvider } from '../dataProvider/useTrackerDataProvider';
import { saveFile } from './saveFile';

interface Props {
  officeId: string;
  periodId: string;
}

/** Downloads the quarterly KM update workbook, showing progress while the server streams it. */
export const KmUpdateDownloadButton = ({ officeId, periodId }: Props) => {
  const translate = useTranslate();
  const notify = useNotify();
  const dataProvider = useTrackerDataProvider();
  const [received, setReceived] = useState<number | null>(null);

  const start = async () => {
    setReceived(0);
    try {
      const file = await dataProvider.downloadKmUpdate({ officeId, periodId }, setReceived);
      saveFile(file.blob, file.fileName);
      notify('exports.done', { type: 'success', messageArgs: { file: file.fileName } });
    } catch (error) {
      notify('exports.failed', { type: 'error', messageArgs: { reason: (error as Error).message } });
    } finally {
      setReceived(null);
    }
  };

  return (
    <Box sx={{ display: 'inline-flex', flexDirection: 'column', minWidth: 220 }}>
      <Button label="exports.kmUpdate" onClick={start} disabled={received !== null}>
        <DownloadIcon />
      </Button>
      {received !== null ? (
        <Box role="status" aria-live="polite">
          <LinearProgress aria-label={translate('exports.preparing')} />
          <Typography variant="caption">
            {translate('exports.received', { size: Math.round(received / 1024) })}
          </Typography>
        </Box>
      ) : null}
    </Box>
  );
};
