import { Box, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import type { ReportDetail } from '../../app/dataProvider/progressReports';
import { ChangeRowsTable } from './ChangeRowsTable';
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
        <ChangeRowsTable rows={rows} labelledBy="report-changes" />
      )}
    </Box>
  );
};
