import { Box, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import type { ReportDetail } from '../../app/dataProvider/progressReports';
import { readableChange } from './changes';

/** What the officer changed since the report was last returned: empty on a first submission. */
export const ChangesTable = ({ report }: { report: ReportDetail }) => {
  const translate = useTranslate();
  const rows = report.changesSinceReturn.map((change) => readableChange(change, report.dueComponents, translate));
  return (
    <Box component="section" aria-labelledby="report-changes" sx={{ my: 3 }}>
      <Typography id="report-changes" variant="h5" component="h2" gutterBottom>
        {translate('reports.changes.title')}
      </Typography>
      {rows.length === 0 ? (
        <Typography>{translate('reports.changes.none')}</Typography>
      ) : (
        <Table size="small" aria-labelledby="report-changes">
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
                <TableCell sx={{ whiteSpace: 'pre-wrap' }}>{row.before}</TableCell>
                <TableCell sx={{ whiteSpace: 'pre-wrap' }}>{row.after}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
    </Box>
  );
};
