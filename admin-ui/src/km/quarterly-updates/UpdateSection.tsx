import { Box, Typography } from '@mui/material';
import type { ReactNode } from 'react';
import { CreateButton, useResourceDefinition, useTranslate } from 'react-admin';

interface Props {
  id: string;
  /** The heading, already translated. */
  title: string;
  /** Shown to roles that may create: opens `resource`'s Create page with `record` filled in. */
  add?: { resource: string; label: string; record: Record<string, unknown> };
  children: ReactNode;
}

/** One part of the update document, with its heading and, for editors, a button to add to it. */
export const UpdateSection = ({ id, title, add, children }: Props) => {
  const translate = useTranslate();
  const { hasCreate } = useResourceDefinition({ resource: add?.resource ?? '' });
  return (
    <Box component="section" aria-labelledby={id} sx={{ mt: 4 }}>
      <Box sx={{ display: 'flex', alignItems: 'center', justifyContent: 'space-between', gap: 2, mb: 1 }}>
        <Typography variant="h6" component="h2" id={id}>
          {title}
        </Typography>
        {add && hasCreate ? (
          <CreateButton resource={add.resource} label={translate(add.label)} state={{ record: add.record }} />
        ) : null}
      </Box>
      {children}
    </Box>
  );
};

/** The sentence that opens a part of the document, when the update has one. */
export const Intro = ({ text }: { text?: string | null }) =>
  text ? (
    <Typography variant="body1" sx={{ mb: 1 }}>
      {text}
    </Typography>
  ) : null;
