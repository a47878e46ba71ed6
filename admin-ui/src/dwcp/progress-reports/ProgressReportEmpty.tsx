import { Box, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';

/** No report at all yet: officers start theirs from "My report". */
export const ProgressReportEmpty = () => {
  const translate = useTranslate();
  return (
    <Box sx={{ textAlign: 'center', m: 4 }}>
      <Typography variant="h6" component="p" gutterBottom>
        {translate('resources.ProgressReport.empty')}
      </Typography>
      <Typography>{translate('resources.ProgressReport.emptyHint')}</Typography>
    </Box>
  );
};
