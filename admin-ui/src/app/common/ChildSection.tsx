import { Box, Typography } from '@mui/material';
import type { ReactNode } from 'react';
import { CreateButton, useRecordContext, useResourceDefinition, useTranslate } from 'react-admin';

interface Props {
  title: string;
  /** The child resource listed; its Create page opens with the parent filled in, for roles that may create. */
  resource: string;
  /** The child's field naming the parent, e.g. programmeId. */
  parentKey: string;
  addLabel?: string;
  children: ReactNode;
}

/** A titled list of a record's children on its Show page (a programme's plans, a community's discussions). */
export const ChildSection = ({ title, resource, parentKey, addLabel, children }: Props) => {
  const translate = useTranslate();
  const parent = useRecordContext();
  const { hasCreate } = useResourceDefinition({ resource });
  const headingId = `section-${resource}`;
  return (
    <Box component="section" aria-labelledby={headingId} sx={{ mt: 3 }}>
      <Box sx={{ display: 'flex', alignItems: 'center', justifyContent: 'space-between', mb: 1 }}>
        <Typography variant="h6" component="h2" id={headingId}>
          {translate(title)}
        </Typography>
        {hasCreate && addLabel && parent ? (
          <CreateButton resource={resource} label={addLabel} state={{ record: { [parentKey]: parent.id } }} />
        ) : null}
      </Box>
      {children}
    </Box>
  );
};
