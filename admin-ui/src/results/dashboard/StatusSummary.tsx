import { Box, Card, CardContent, Skeleton, Typography } from '@mui/material';
import { lazy, Suspense } from 'react';
import { useTranslate } from 'react-admin';
import type { ComponentProgress } from '../../app/dataProvider/dashboard';
import { countByStatus } from './groupProgress';
import { StatusLight } from './StatusLight';
import { STATUS_ORDER } from './statusStyle';

const StatusChart = lazy(() => import('./StatusChart').then((m) => ({ default: m.StatusChart })));

/** How many components stand at each status, in figures and as a small chart. */
export const StatusSummary = ({ rows }: { rows: ComponentProgress[] }) => {
  const translate = useTranslate();
  const counts = countByStatus(rows);
  return (
    <Card component="section" aria-labelledby="status-summary-title">
      <CardContent>
        <Typography id="status-summary-title" variant="h6" component="h2" gutterBottom>
          {translate('dashboard.summary.title', { smart_count: rows.length })}
        </Typography>
        <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 3, alignItems: 'center' }}>
          <Box component="ul" sx={{ listStyle: 'none', p: 0, m: 0, display: 'flex', flexWrap: 'wrap', gap: 2 }}>
            {STATUS_ORDER.map((status) => (
              <Box
                component="li"
                key={status}
                sx={{ border: 1, borderColor: 'divider', borderRadius: 1, px: 1.5, py: 1, minWidth: 120 }}
              >
                <Typography variant="h5" component="span" sx={{ display: 'block' }}>
                  {counts[status]}
                </Typography>
                <StatusLight status={status} />
              </Box>
            ))}
          </Box>
          <Box sx={{ flex: '1 1 260px', minWidth: 240, maxWidth: 520, height: 120 }} aria-hidden="true">
            <Suspense fallback={<Skeleton variant="rectangular" height={120} />}>
              <StatusChart counts={counts} />
            </Suspense>
          </Box>
        </Box>
      </CardContent>
    </Card>
  );
};
