import { Box, Typography } from '@mui/material';
import type { ReactNode } from 'react';
import { CreateButton, useRecordContext, useResourceDefinition, useTranslate } from 'react-admin';

interface Props {
  title: string;
  /** The resource listed; its Create page opens with the community filled in, for roles that may create. */
  resource: string;
  addLabel: string;
  children: ReactNode;
}

/** A titled part of a community's Show page (membership targets, discussions). */
export const CommunitySection = ({ title, resource, addLabel, children }: Props) => {
  const translate = useTranslate();
  const community = useRecordContext();
  const { hasCreate } = useResourceDefinition({ resource });
  const headingId = `community-section-${resource}`;
  return (
    <Box component="section" aria-labelledby={headingId} sx={{ mt: 3 }}>
      <Box sx={{ display: 'flex', alignItems: 'center', justifyContent: 'space-between', mb: 1 }}>
        <Typography variant="h6" component="h2" id={headingId}>
          {translate(title)}
        </Typography>
        {hasCreate && community ? (
          <CreateButton resource={resource} label={addLabel} state={{ record: { communityId: community.id } }} />
        ) : null}
      </Box>
      {children}
    </Box>
  );
};
