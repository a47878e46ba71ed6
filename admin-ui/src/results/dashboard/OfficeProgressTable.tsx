import { Alert, Skeleton, Table, TableBody, TableCell, TableHead, TableRow } from '@mui/material';
import { useTranslate } from 'react-admin';
import type { ComponentProgress } from '../../app/dataProvider/dashboard';
import { ErrorAlert } from './ErrorAlert';
import { useFormatNumber } from './format';
import { StatusLight } from './StatusLight';
import { TargetUsed } from './TargetUsed';
import { useDashboardQuery } from './useDashboardQuery';

interface Props {
  component: ComponentProgress;
  periodId: string;
  includeSubmitted: boolean;
}

/** Each office's actual, % achievement and status for one component. */
export const OfficeProgressTable = ({ component, periodId, includeSubmitted }: Props) => {
  const translate = useTranslate();
  const format = useFormatNumber();
  const { data, isPending, error } = useDashboardQuery('componentOfficeProgress', {
    componentId: component.componentId,
    periodId,
    includeSubmitted,
  });
  if (isPending) return <Skeleton variant="rectangular" height={80} aria-label={translate('dashboard.loading')} />;
  if (error) return <ErrorAlert error={error} title={translate('dashboard.errors.offices')} />;
  if (!data.length) return <Alert severity="info">{translate('dashboard.empty.noOffices')}</Alert>;
  const milestone = component.measure === 'MILESTONE';
  const text = component.measure === 'TEXT';
  return (
    <Table size="small" sx={{ mt: 1 }}>
      <TableHead>
        <TableRow>
          <TableCell>{translate('dashboard.columns.office')}</TableCell>
          <TableCell align="right">
            {translate(
              milestone
                ? 'dashboard.columns.milestone'
                : text
                  ? 'dashboard.columns.narrative'
                  : 'dashboard.columns.actual',
            )}
          </TableCell>
          <TableCell>{translate('dashboard.columns.targetUsed')}</TableCell>
          <TableCell align="right">{translate('dashboard.columns.achievement')}</TableCell>
          <TableCell>{translate('dashboard.columns.status')}</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {data.map((office) => (
          <TableRow key={office.officeId}>
            <TableCell>
              <strong>{office.officeCode}</strong> {office.officeName}
            </TableCell>
            <TableCell align="right">
              {milestone
                ? office.milestoneStatus
                  ? translate(`enums.MilestoneStatus.${office.milestoneStatus}`)
                  : '—'
                : text
                  ? translate(office.hasNarrative ? 'ra.boolean.true' : 'ra.boolean.false')
                  : format(office.actualValue, component.unit === '%' ? ' %' : '')}
            </TableCell>
            <TableCell>
              {milestone || text ? '—' : `${format(office.targetValue)} `}
              <TargetUsed row={office} withLabel={false} />
            </TableCell>
            <TableCell align="right">{format(office.achievementPercent, ' %')}</TableCell>
            <TableCell>
              <StatusLight status={office.status} />
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
};
