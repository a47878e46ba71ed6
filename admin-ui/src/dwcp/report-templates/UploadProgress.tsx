import { Box, LinearProgress, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';

/** The share of the file sent, then an open-ended bar while the server checks and saves it. */
export const UploadProgress = ({ fraction }: { fraction: number }) => {
  const translate = useTranslate();
  const sent = fraction >= 1;
  const percent = Math.round(fraction * 100);
  return (
    <Box role="status" aria-live="polite" sx={{ mt: 1, maxWidth: 480 }}>
      {sent ? (
        <LinearProgress aria-label={translate('reportTemplates.upload.checking')} />
      ) : (
        <LinearProgress
          variant="determinate"
          value={percent}
          aria-label={translate('reportTemplates.upload.sendingLabel')}
        />
      )}
      <Typography variant="caption">
        {sent ? translate('reportTemplates.upload.checking') : translate('reportTemplates.upload.sending', { percent })}
      </Typography>
    </Box>
  );
};
