import { lazy } from 'react';
import { Route } from 'react-router-dom';
import { Admin, CustomRoutes, Resource } from 'react-admin';
import { authProvider } from './app/authProvider';
import { Role, canEditDwcp, canEditFramework, canEditKm, canEditResults, isAdmin } from './app/common/roles';
import communitiesOfPractice from './km/communities-of-practice';
import copDiscussions from './km/communities-of-practice/cop-discussions';
import copMembershipTargets from './km/communities-of-practice/cop-membership-targets';
import criticalIssues from './km/quarterly-updates/critical-issues';
import keyContacts from './km/quarterly-updates/key-contacts';
import kmMilestones from './km/km-milestones';
import quarterlyUpdates from './km/quarterly-updates';
import workAreaStatuses from './km/work-areas/work-area-statuses';
import workAreas from './km/work-areas';
import countryProgrammes from './dwcp/country-programmes';
import { dataProvider } from './app/dataProvider';
import { i18nProvider } from './app/i18n';
import implementationPlans from './dwcp/implementation-plans';
import indicatorResults from './results/indicator-results';
import indicators from './results/indicators';
import { Layout } from './app/layout/Layout';
import offices from './admin/offices';
import outcomes from './results/outcomes';
import planItems from './dwcp/plan-items';
import programmeOutcomes from './dwcp/programme-outcomes';
import progressReports from './dwcp/progress-reports';
import reportingPeriods from './admin/reporting-periods';
import resultsFrameworks from './results/results-frameworks';
import { lightTheme, darkTheme } from './app/theme/themes';
import users from './admin/users';

// Charts and the report pages are loaded when first opened, keeping the first download small.
const Dashboard = lazy(() => import('./results/dashboard/Dashboard').then((m) => ({ default: m.Dashboard })));
const MyReportPage = lazy(() => import('./dwcp/progress-reports/routes').then((m) => ({ default: m.MyReportPage })));
const ReviewQueuePage = lazy(() =>
  import('./dwcp/progress-reports/routes').then((m) => ({ default: m.ReviewQueuePage })),
);
const ReviewPage = lazy(() => import('./dwcp/progress-reports/routes').then((m) => ({ default: m.ReviewPage })));

/** Pages a role cannot use are left out: no create or edit page means no button for it. */
const readOnly = <T extends object>(resource: T, editable: boolean) =>
  editable ? resource : { ...resource, create: undefined, edit: undefined };

export const App = () => (
  <Admin
    title="ROAP results tracker"
    dataProvider={dataProvider}
    authProvider={authProvider}
    i18nProvider={i18nProvider}
    dashboard={Dashboard}
    layout={Layout}
    theme={lightTheme}
    darkTheme={darkTheme}
    requireAuth
    disableTelemetry
  >
    {(role: unknown) => (
      <>
        <CustomRoutes>
          <Route path="/my-report" element={<MyReportPage />} />
          <Route path="/review" element={<ReviewQueuePage />} />
          <Route path="/review/:id" element={<ReviewPage />} />
        </CustomRoutes>
        <Resource name="ResultsFramework" {...readOnly(resultsFrameworks, canEditFramework(role))} />
        <Resource name="Outcome" {...readOnly(outcomes, canEditFramework(role))} />
        <Resource name="Indicator" {...readOnly(indicators, canEditFramework(role))} />
        <Resource name="IndicatorComponent" />
        <Resource name="IntermediateTarget" />
        <Resource name="IndicatorResult" {...readOnly(indicatorResults, canEditResults(role))} />
        {/* Viewers read no office's programmes or reports (docs/security.md). */}
        {role !== Role.VIEWER ? (
          <>
            <Resource name="ProgressReport" {...progressReports} />
            <Resource name="CountryProgramme" {...readOnly(countryProgrammes, canEditDwcp(role))} />
            <Resource name="ProgrammeOutcome" {...readOnly(programmeOutcomes, canEditDwcp(role))} />
            <Resource name="ImplementationPlan" {...readOnly(implementationPlans, canEditDwcp(role))} />
            <Resource name="PlanItem" {...readOnly(planItems, canEditDwcp(role))} />
            <Resource name="QuarterlyUpdate" {...readOnly(quarterlyUpdates, canEditKm(role))} />
            <Resource name="KmMilestone" {...readOnly(kmMilestones, canEditKm(role))} />
            <Resource name="WorkArea" {...readOnly(workAreas, canEditKm(role))} />
            <Resource name="WorkAreaStatus" {...readOnly(workAreaStatuses, canEditKm(role))} />
            <Resource name="CriticalIssue" {...readOnly(criticalIssues, canEditKm(role))} />
            <Resource name="KeyContact" {...readOnly(keyContacts, canEditKm(role))} />
            <Resource name="CommunityOfPractice" {...readOnly(communitiesOfPractice, canEditKm(role))} />
            <Resource name="CopMembershipTarget" {...readOnly(copMembershipTargets, canEditKm(role))} />
            <Resource name="CopDiscussion" {...readOnly(copDiscussions, canEditKm(role))} />
          </>
        ) : null}
        <Resource name="Office" {...readOnly(offices, isAdmin(role))} />
        <Resource name="ReportingPeriod" {...readOnly(reportingPeriods, isAdmin(role))} />
        {isAdmin(role) ? <Resource name="User" {...users} /> : null}
      </>
    )}
  </Admin>
);
