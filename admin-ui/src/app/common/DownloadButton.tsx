import DownloadIcon from '@mui/icons-material/Download';
import { Box, LinearProgress, Typography } from '@mui/material';
import { useState } from 'react';
import { Button, useNotify, useTranslate } from 'react-admin';
import type { DownloadedFile } from '../dataProvider/exports';
import { saveFile } from './saveFile';

interface Props {
  label: string;
  /** Fetches the file, reporting the bytes received so far. */
  fetchFile: (onProgress: (bytes: number) => void) => Promise<DownloadedFile>;
}

/** Downloads a workbook the server streams, showing progress while it arrives. */
export const DownloadButton = ({ label, fetchFile }: Props) => {
  const translate = useTranslate();
  const notify = useNotify();
  const [received, setReceived] = useState<number | null>(null);

  const start = async () => {
    setReceived(0);
    try {
      const file = await fetchFile(setReceived);
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
      <Button label={label} onClick={start} disabled={received !== null}>
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
