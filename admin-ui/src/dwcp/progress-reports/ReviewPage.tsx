import ArrowBackIcon from '@mui/icons-material/ArrowBack';
import { Alert, Box, Stack, Typography } from '@mui/material';
import { Link, useParams } from 'react-router-dom';
import { Button, Title, useTranslate } from 'react-admin';
import { ApproveButton } from './ApproveButton';
import { ChangesTable } from './ChangesTable';
import { LoadState } from './LoadState';
import { ReportHistory } from './ReportHistory';
import { ReportView } from './ReportView';
import { ReturnButton } from './ReturnButton';
import { ReturnedNotice } from './ReturnedNotice';
import { useReportDetail } from './useReportDetail';

/** /review/:id: a submitted report read-only, what changed since its return, and the decision. */
export const ReviewPage = () => {
  const { id } = useParams<{ id: string }>();
  const translate = useTranslate();
  const { report, outcomes, error, reload } = useReportDetail(id);
  if (!report) return <LoadState error={error} onRetry={reload} />;
  const title = translate('reports.review.pageTitle', {
    programme: report.programme.title,
    period: report.period.code,
  });
  const status = translate(`enums.ReportStatus.${report.status}`);
  return (
    <Box sx={{ maxWidth: 1100, py: 2 }}>
      <Title title={title} />
      <Button label="reports.review.back" component={Link} to="/review">
        <ArrowBackIcon />
      </Button>
      <Typography variant="h4" component="h1" gutterBottom>
        {title}
      </Typography>
      <Typography>{translate('reports.statusLine', { status })}</Typography>
      {report.status === 'SUBMITTED' ? (
        <Stack direction="row" spacing={2} sx={{ my: 2 }}>
          <ApproveButton report={report} />
          <ReturnButton report={report} />
        </Stack>
      ) : (
        <Alert severity="info" sx={{ my: 2 }}>
          {translate('reports.review.notSubmitted', { status })}
        </Alert>
      )}
      {report.status === 'RETURNED' ? <ReturnedNotice report={report} /> : null}
      <ChangesTable report={report} />
      <ReportView report={report} outcomes={outcomes} />
      <ReportHistory report={report} />
    </Box>
  );
};
