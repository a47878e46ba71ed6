import FlagIcon from '@mui/icons-material/Flag';
import { Box, Typography } from '@mui/material';
import { CreateButton, useResourceDefinition, useTranslate } from 'react-admin';

/** No programme outcome yet: says where they come from, and offers Create to those who may. */
export const ProgrammeOutcomeEmpty = () => {
  const translate = useTranslate();
  const { hasCreate } = useResourceDefinition();
  return (
    <Box sx={{ textAlign: 'center', m: 4 }}>
      <FlagIcon sx={{ fontSize: 64, opacity: 0.5 }} aria-hidden />
      <Typography variant="h6" component="p" gutterBottom>
        {translate('resources.ProgrammeOutcome.empty')}
      </Typography>
      <Typography variant="body2" gutterBottom>
        {translate(hasCreate ? 'resources.ProgrammeOutcome.invite' : 'resources.ProgrammeOutcome.ask')}
      </Typography>
      {hasCreate ? <CreateButton variant="contained" /> : null}
    </Box>
  );
};
