import { Box, Typography } from '@mui/material';
import { Link } from 'react-router-dom';
import { Button, Datagrid, List, WrapperField, useRecordContext, useTranslate } from 'react-admin';
import { officePeriodFilters } from './progressReportFilters';
import { reportColumns } from './ReportColumns';

const ReviewEmpty = () => {
  const translate = useTranslate();
  return (
    <Box sx={{ textAlign: 'center', m: 4 }}>
      <Typography variant="h6" component="p">
        {translate('reports.review.empty')}
      </Typography>
    </Box>
  );
};

const reviewPath = (id: unknown) => `/review/${String(id)}`;

/** /review: submitted reports waiting for the regional manager, by office and period. */
export const ReviewQueuePage = () => (
  <List
    resource="ProgressReport"
    title="reports.review.title"
    filter={{ status: 'SUBMITTED' }}
    filters={officePeriodFilters}
    sort={{ field: 'periodId', order: 'DESC' }}
    storeKey="reviewQueue"
    disableSyncWithLocation
    actions={false}
    empty={<ReviewEmpty />}
  >
    <Datagrid rowClick={(id) => reviewPath(id)} bulkActionButtons={false}>
      {reportColumns}
      <WrapperField label="reports.review.open" textAlign="right">
        <ReviewLink />
      </WrapperField>
    </Datagrid>
  </List>
);

const ReviewLink = () => {
  const record = useRecordContext();
  return record ? (
    <Button
      label="reports.review.open"
      component={Link}
      to={reviewPath(record.id)}
      onClick={(e) => e.stopPropagation()}
    />
  ) : null;
};
