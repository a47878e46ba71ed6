import { TableCell, TableRow } from '@mui/material';
import type { ReactNode } from 'react';
import type { ComponentProgress } from '../../app/dataProvider/dashboard';
import { useFormatNumber } from './format';
import { MilestoneSummary } from './MilestoneSummary';
import { ProgressBar } from './ProgressBar';
import { StatusLight } from './StatusLight';
import { TargetUsed } from './TargetUsed';

interface Props {
  row: ComponentProgress;
  /** The indicator's cell, spanning its components' rows, on the first row only. */
  indicatorCell?: ReactNode;
}

/** One component: its bar (or milestone status), % achievement and traffic light. */
export const ComponentRow = ({ row, indicatorCell }: Props) => {
  const format = useFormatNumber();
  const hasBar = row.measure === 'NUMBER' || row.measure === 'PERCENT';
  return (
    <TableRow>
      {indicatorCell}
      <TableCell>
        {row.label}
        <TargetUsed row={row} />
      </TableCell>
      <TableCell>{hasBar ? <ProgressBar row={row} /> : <MilestoneSummary row={row} />}</TableCell>
      <TableCell align="right">{format(row.achievementPercent, ' %')}</TableCell>
      <TableCell>
        <StatusLight status={row.status} />
      </TableCell>
    </TableRow>
  );
};
