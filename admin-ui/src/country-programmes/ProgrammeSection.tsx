import { Box, Typography } from '@mui/material';
import type { ReactNode } from 'react';
import { CreateButton, useRecordContext, useResourceDefinition, useTranslate } from 'react-admin';

interface Props {
  title: string;
  /** The resource listed; its Create page opens with the programme filled in, for roles that may create. */
  resource: string;
  addLabel?: string;
  children: ReactNode;
}

/** A titled list of the programme's outcomes, plans or reports on its Show page. */
export const ProgrammeSection = ({ title, resource, addLabel, children }: Props) => {
  const translate = useTranslate();
  const programme = useRecordContext();
  const { hasCreate } = useResourceDefinition({ resource });
  const headingId = `programme-section-${resource}`;
  return (
    <Box component="section" aria-labelledby={headingId} sx={{ mt: 3 }}>
      <Box sx={{ display: 'flex', alignItems: 'center', justifyContent: 'space-between', mb: 1 }}>
        <Typography variant="h6" component="h2" id={headingId}>
          {translate(title)}
        </Typography>
        {hasCreate && addLabel && programme ? (
          <CreateButton resource={resource} label={addLabel} state={{ record: { programmeId: programme.id } }} />
        ) : null}
      </Box>
      {children}
    </Box>
  );
};
