import ChecklistIcon from '@mui/icons-material/Checklist';
import { Box, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';

/** No plan item yet: items are added from their implementation plan, so point there. */
export const PlanItemEmpty = () => {
  const translate = useTranslate();
  return (
    <Box sx={{ textAlign: 'center', m: 4 }}>
      <ChecklistIcon sx={{ fontSize: 64, opacity: 0.5 }} aria-hidden />
      <Typography variant="h6" component="p" gutterBottom>
        {translate('resources.PlanItem.empty')}
      </Typography>
      <Typography variant="body2">{translate('resources.PlanItem.invite')}</Typography>
    </Box>
  );
};
