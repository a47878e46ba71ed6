import type { ComponentType } from 'react';
import { Box, Typography } from '@mui/material';
import { CreateButton, useResourceContext, useResourceDefinition, useTranslate } from 'react-admin';

/**
 * A list's empty state: `resources.<Resource>.empty` says what to do next, and Create is offered
 * to roles that may create (resources.ts leaves the create page out for the others).
 */
export const ResourceEmpty = ({ icon: Icon }: { icon: ComponentType<{ sx?: object }> }) => {
  const translate = useTranslate();
  const resource = useResourceContext();
  const { hasCreate } = useResourceDefinition();
  return (
    <Box sx={{ textAlign: 'center', m: 4 }}>
      <Icon sx={{ fontSize: 64, opacity: 0.5 }} />
      <Typography variant="h6" component="p" gutterBottom>
        {translate(`resources.${resource}.empty`)}
      </Typography>
      {hasCreate ? <CreateButton variant="contained" /> : null}
    </Box>
  );
};
