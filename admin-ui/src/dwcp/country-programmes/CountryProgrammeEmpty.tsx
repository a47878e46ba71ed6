import PublicIcon from '@mui/icons-material/Public';
import { Box, Typography } from '@mui/material';
import { CreateButton, useResourceDefinition, useTranslate } from 'react-admin';

/** No programme yet: says what a programme is for, and offers Create to those who may. */
export const CountryProgrammeEmpty = () => {
  const translate = useTranslate();
  const { hasCreate } = useResourceDefinition();
  return (
    <Box sx={{ textAlign: 'center', m: 4 }}>
      <PublicIcon sx={{ fontSize: 64, opacity: 0.5 }} aria-hidden />
      <Typography variant="h6" component="p" gutterBottom>
        {translate('resources.CountryProgramme.empty')}
      </Typography>
      <Typography variant="body2" gutterBottom>
        {translate(hasCreate ? 'resources.CountryProgramme.invite' : 'resources.CountryProgramme.ask')}
      </Typography>
      {hasCreate ? <CreateButton variant="contained" /> : null}
    </Box>
  );
};
