import { Box, Typography } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import { useUpdateCodes, type Update } from './UpdateRepresentation';

const t = (key: string) => `resources.QuarterlyUpdate.document.${key}`;

interface UpdateHeader extends Update {
  authors: string;
  areaOfWork: string;
}

/** "International Labour Organization / ROAP / Knowledge Management Update", then the header grid. */
export const UpdateTitleBlock = () => {
  const translate = useTranslate();
  const update = useRecordContext<UpdateHeader>();
  const { office, period } = useUpdateCodes(update);
  if (!update) return null;
  const cells: [string, string][] = [
    [t('authors'), update.authors],
    [t('period'), period],
    [t('office'), office],
    [t('areaOfWork'), update.areaOfWork],
  ];
  return (
    <Box component="header">
      <Box sx={{ textAlign: 'center', mb: 3 }}>
        <Typography variant="h5" component="p" sx={{ fontWeight: 700, textTransform: 'uppercase' }}>
          {translate(t('organization'))}
        </Typography>
        <Typography variant="subtitle1" component="p" sx={{ fontWeight: 700 }}>
          {translate(t('regionalOffice'))}
        </Typography>
        <Typography variant="h6" component="h1" sx={{ fontWeight: 700 }}>
          {translate(t('heading'))}
        </Typography>
      </Box>
      <Box
        component="dl"
        sx={{
          display: 'grid',
          gridTemplateColumns: { xs: 'max-content 1fr', md: 'max-content 1fr max-content 1fr' },
          columnGap: 2,
          rowGap: 1,
          m: 0,
          p: 2,
          border: 1,
          borderColor: 'divider',
          borderRadius: 1,
        }}
      >
        {cells.map(([label, value]) => (
          <Box key={label} sx={{ display: 'contents' }}>
            <Typography component="dt" sx={{ fontWeight: 700 }}>
              {translate(label)}
            </Typography>
            <Typography component="dd" sx={{ m: 0, fontWeight: 700 }}>
              {value || '—'}
            </Typography>
          </Box>
        ))}
      </Box>
    </Box>
  );
};
