import { Table, TableBody, TableCell, TableHead, TableRow, type SxProps } from '@mui/material';
import { useTranslate } from 'react-admin';
import type { ReadableChange } from './changes';

const valueSx = { whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' } as const;

/** What changed, before and after, one row per field: the changes since a return and each history entry. */
export const ChangeRowsTable = ({
  rows,
  labelledBy,
  sx,
}: {
  rows: ReadableChange[];
  labelledBy?: string;
  sx?: SxProps;
}) => {
  const translate = useTranslate();
  return (
    <Table size="small" aria-labelledby={labelledBy} sx={sx}>
      <TableHead>
        <TableRow>
          <TableCell component="th" scope="col">
            {translate('reports.changes.field')}
          </TableCell>
          <TableCell component="th" scope="col">
            {translate('reports.changes.before')}
          </TableCell>
          <TableCell component="th" scope="col">
            {translate('reports.changes.after')}
          </TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {rows.map((row, index) => (
          <TableRow key={index}>
            <TableCell component="th" scope="row">
              {row.what}
            </TableCell>
            <TableCell sx={valueSx}>{row.before}</TableCell>
            <TableCell sx={valueSx}>{row.after}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
};
