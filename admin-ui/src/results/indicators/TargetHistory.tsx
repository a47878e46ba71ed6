import { Box, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useGetMany, useTranslate } from 'react-admin';
import type { TargetRevision } from '../../app/dataProvider/targets';
import { useTrackerDataProvider } from '../../app/dataProvider/useTrackerDataProvider';
import { useFormatDay } from '../../app/common/LocaleDateField';
import { useFormatNumber } from '../dashboard/format';
import { ReviseTargetButton } from './ReviseTargetDialog';

const field = (name: string) => `resources.TargetRevision.fields.${name}`;

export const targetRevisionsKey = (componentId: string) => ['targetRevisions', componentId];

/**
 * A component's target history, oldest first: each revision with the date from which it applies,
 * whose target it is (the region's or an office's) and why it changed; with the "Revise target"
 * button when the user may revise.
 */
export const TargetHistory = ({
  componentId,
  label,
  canRevise,
  onRevised,
}: {
  componentId: string;
  label: string;
  canRevise: boolean;
  onRevised?: () => void;
}) => {
  const translate = useTranslate();
  const dataProvider = useTrackerDataProvider();
  const formatNumber = useFormatNumber();
  const formatDay = useFormatDay();
  const { data, refetch } = useQuery<TargetRevision[]>({
    queryKey: targetRevisionsKey(componentId),
    queryFn: () => dataProvider.targetRevisions(componentId),
    retry: false,
  });
  const officeIds = [...new Set((data ?? []).flatMap((revision) => (revision.officeId ? [revision.officeId] : [])))];
  const { data: offices } = useGetMany('Office', { ids: officeIds }, { enabled: officeIds.length > 0 });
  const officeName = (id: string | null | undefined) =>
    id
      ? (offices?.find((office) => String(office.id) === id)?.code ?? id)
      : translate('resources.TargetRevision.region');
  const title = translate('resources.TargetRevision.name', { smart_count: 2 });
  return (
    <Box component="section" aria-label={title} sx={{ mt: 2, pl: 2, borderLeft: 2, borderColor: 'divider' }}>
      <Box sx={{ display: 'flex', alignItems: 'center', justifyContent: 'space-between' }}>
        <Typography variant="subtitle1" component="h4">
          {title}
        </Typography>
        {canRevise ? (
          <ReviseTargetButton
            componentId={componentId}
            label={label}
            onRevised={() => {
              void refetch();
              onRevised?.();
            }}
          />
        ) : null}
      </Box>
      {data?.length === 0 ? (
        <Typography variant="body2" color="text.secondary">
          {translate('resources.TargetRevision.empty')}
        </Typography>
      ) : null}
      {data && data.length > 0 ? (
        <Table size="small" aria-label={title}>
          <TableHead>
            <TableRow>
              <TableCell>{translate(field('appliesFrom'))}</TableCell>
              <TableCell>{translate(field('officeId'))}</TableCell>
              <TableCell align="right">{translate(field('baselineValue'))}</TableCell>
              <TableCell align="right">{translate(field('targetValue'))}</TableCell>
              <TableCell>{translate(field('reason'))}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {data.map((revision) => (
              <TableRow key={revision.id}>
                <TableCell>{formatDay(revision.appliesFrom)}</TableCell>
                <TableCell>{officeName(revision.officeId)}</TableCell>
                <TableCell align="right">{formatNumber(revision.baselineValue)}</TableCell>
                <TableCell align="right">
                  {revision.targetValue === null || revision.targetValue === undefined
                    ? (revision.targetNarrative ?? '—')
                    : formatNumber(revision.targetValue)}
                </TableCell>
                <TableCell>{revision.reason}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      ) : null}
    </Box>
  );
};
