import { lazy } from 'react';
import { Route } from 'react-router-dom';
import { Admin, CustomRoutes, Resource } from 'react-admin';
import { authProvider } from './authProvider';
import { Role, canEditDwcp, canEditFramework, canEditKm, canEditResults, isAdmin } from './common/roles';
import communitiesOfPractice from './communities-of-practice';
import copDiscussions from './cop-discussions';
import copMembershipTargets from './cop-membership-targets';
import criticalIssues from './critical-issues';
import keyContacts from './key-contacts';
import kmMilestones from './km-milestones';
import quarterlyUpdates from './quarterly-updates';
import workAreaStatuses from './work-area-statuses';
import workAreas from './work-areas';
import countryProgrammes from './country-programmes';
import { dataProvider } from './dataProvider';
import { i18nProvider } from './i18n';
import implementationPlans from './implementation-plans';
import indicatorResults from './indicator-results';
import indicators from './indicators';
import { Layout } from './layout/Layout';
import offices from './offices';
import outcomes from './outcomes';
import planItems from './plan-items';
import programmeOutcomes from './programme-outcomes';
import progressReports from './progress-reports';
import reportingPeriods from './reporting-periods';
import resultsFrameworks from './results-frameworks';
import { lightTheme, darkTheme } from './theme/themes';
import users from './users';

// Charts and the report pages are loaded when first opened, keeping the first download small.
const Dashboard = lazy(() => import('./dashboard/Dashboard').then((m) => ({ default: m.Dashboard })));
const MyReportPage = lazy(() => import('./progress-reports/routes').then((m) => ({ default: m.MyReportPage })));
const ReviewQueuePage = lazy(() => import('./progress-reports/routes').then((m) => ({ default: m.ReviewQueuePage })));
const ReviewPage = lazy(() => import('./progress-reports/routes').then((m) => ({ default: m.ReviewPage })));

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
