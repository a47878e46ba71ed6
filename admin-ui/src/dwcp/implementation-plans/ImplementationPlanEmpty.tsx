import EventNoteIcon from '@mui/icons-material/EventNote';
import { Box, Typography } from '@mui/material';
import { CreateButton, useResourceDefinition, useTranslate } from 'react-admin';

/** No plan yet: says what a plan holds, and offers Create to those who may. */
export const ImplementationPlanEmpty = () => {
  const translate = useTranslate();
  const { hasCreate } = useResourceDefinition();
  return (
    <Box sx={{ textAlign: 'center', m: 4 }}>
      <EventNoteIcon sx={{ fontSize: 64, opacity: 0.5 }} aria-hidden />
      <Typography variant="h6" component="p" gutterBottom>
        {translate('resources.ImplementationPlan.empty')}
      </Typography>
      <Typography variant="body2" gutterBottom>
        {translate(hasCreate ? 'resources.ImplementationPlan.invite' : 'resources.ImplementationPlan.ask')}
      </Typography>
      {hasCreate ? <CreateButton variant="contained" /> : null}
    </Box>
  );
};
