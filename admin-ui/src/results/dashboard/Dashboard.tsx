import { Alert, Skeleton, Stack } from '@mui/material';
import { Title, useTranslate } from 'react-admin';
import { canCall, writesOwnReport } from '../../app/common/roles';
import { useRole } from '../../app/common/useRole';
import { ComplianceMatrix } from './ComplianceMatrix';
import { DashboardFilters } from './DashboardFilters';
import { ErrorAlert } from './ErrorAlert';
import { MyReportCard } from './MyReportCard';
import { quartersEndingAt } from './periods';
import { ProgressOverview } from './ProgressOverview';
import { useDashboardFilters } from './useDashboardFilters';

// The trend shows 8 quarters; followed across framework versions, up to 16 (the API's bound).
const TREND_QUARTERS = 16;
const COMPLIANCE_QUARTERS = 6;

/** The home page: where the outcomes stand this quarter, and which reports came in. */
export const Dashboard = () => {
  const translate = useTranslate();
  const role = useRole();
  const filters = useDashboardFilters();
  const { selection, quarters, isPending, error } = filters;
  const { frameworkId, periodId } = selection;

  let body;
  if (isPending) body = <Skeleton variant="rectangular" height={320} aria-label={translate('dashboard.loading')} />;
  else if (error) body = <ErrorAlert error={error} title={translate('dashboard.errors.options')} />;
  else if (!frameworkId) body = <Alert severity="info">{translate('dashboard.empty.noFramework')}</Alert>;
  else if (!periodId) body = <Alert severity="info">{translate('dashboard.empty.noQuarter')}</Alert>;
  else {
    body = (
      <>
        <ProgressOverview
          key={`${frameworkId}-${periodId}`}
          selection={{ ...selection, frameworkId, periodId }}
          periodIds={quartersEndingAt(quarters, periodId, TREND_QUARTERS).map((q) => q.id)}
        />
        {canCall(role, 'reportingCompliance') ? (
          <ComplianceMatrix
            quarters={quartersEndingAt(quarters, periodId, COMPLIANCE_QUARTERS)}
            officeId={selection.officeId}
          />
        ) : null}
      </>
    );
  }

  return (
    // minWidth 0 lets the flex layout shrink the page (recharts' ResponsiveContainer never would).
    <Stack spacing={2} sx={{ mt: 2, mb: 4, minWidth: 0 }}>
      <Title title={translate('dashboard.title')} />
      {writesOwnReport(role) ? <MyReportCard /> : null}
      <DashboardFilters filters={filters} />
      {body}
    </Stack>
  );
};
