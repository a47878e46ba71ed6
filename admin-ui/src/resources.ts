import AssignmentIcon from '@mui/icons-material/AssignmentTurnedIn';
import EditNoteIcon from '@mui/icons-material/EditNote';
import { createElement, lazy, type ReactElement } from 'react';
import type { ResourceProps } from 'react-admin';
import offices from './admin/offices';
import reportingPeriods from './admin/reporting-periods';
import users from './admin/users';
import { canCall, canCallNamed, seesOfficeWork, writesOwnReport, type Operation } from './app/common/roles';
import countryProgrammes from './dwcp/country-programmes';
import implementationPlans from './dwcp/implementation-plans';
import planItems from './dwcp/plan-items';
import programmeOutcomes from './dwcp/programme-outcomes';
import progressReports from './dwcp/progress-reports';
import communitiesOfPractice from './km/communities-of-practice';
import copDiscussions from './km/communities-of-practice/cop-discussions';
import copMembershipTargets from './km/communities-of-practice/cop-membership-targets';
import kmMilestones from './km/km-milestones';
import quarterlyUpdates from './km/quarterly-updates';
import criticalIssues from './km/quarterly-updates/critical-issues';
import keyContacts from './km/quarterly-updates/key-contacts';
import workAreas from './km/work-areas';
import workAreaStatuses from './km/work-areas/work-area-statuses';
import indicatorResults from './results/indicator-results';
import indicators from './results/indicators';
import outcomes from './results/outcomes';
import resultsFrameworks from './results/results-frameworks';

/** A type the API serves by the ra-data-graphql-simple grammar: `Indicator(id)`, `allIndicators`, `createIndicator`… */
export type ResourceName = Exclude<Extract<Operation, Capitalize<string>>, `_${string}`>;

export interface ResourceEntry {
  name: ResourceName;
  domain: 'results' | 'dwcp' | 'km' | 'admin';
  /** The folder's index.ts; none for types shown only inside another's pages (an indicator's components, targets). */
  pages?: Omit<ResourceProps, 'name'>;
  /** An office's work, which viewers are not given (seesOfficeWork). */
  officeWork?: true;
}

/**
 * Every resource, once, in menu order (people's own task first, then the framework, the programmes, KM, admin).
 * Who gets which page is not written here but read from the contract (api/access.json): a role gets the resource if
 * it may call the `Name(id)` query, its create page if it may call `createName`, its edit page if `updateName`.
 */
export const RESOURCES: readonly ResourceEntry[] = [
  { name: 'ProgressReport', domain: 'dwcp', pages: progressReports, officeWork: true },
  { name: 'ResultsFramework', domain: 'results', pages: resultsFrameworks },
  { name: 'Outcome', domain: 'results', pages: outcomes },
  { name: 'Indicator', domain: 'results', pages: indicators },
  { name: 'IndicatorComponent', domain: 'results' },
  { name: 'IntermediateTarget', domain: 'results' },
  { name: 'IndicatorResult', domain: 'results', pages: indicatorResults },
  { name: 'CountryProgramme', domain: 'dwcp', pages: countryProgrammes, officeWork: true },
  { name: 'ProgrammeOutcome', domain: 'dwcp', pages: programmeOutcomes, officeWork: true },
  { name: 'ImplementationPlan', domain: 'dwcp', pages: implementationPlans, officeWork: true },
  { name: 'PlanItem', domain: 'dwcp', pages: planItems, officeWork: true },
  { name: 'QuarterlyUpdate', domain: 'km', pages: quarterlyUpdates, officeWork: true },
  { name: 'KmMilestone', domain: 'km', pages: kmMilestones, officeWork: true },
  { name: 'WorkArea', domain: 'km', pages: workAreas, officeWork: true },
  { name: 'WorkAreaStatus', domain: 'km', pages: workAreaStatuses, officeWork: true },
  { name: 'CriticalIssue', domain: 'km', pages: criticalIssues, officeWork: true },
  { name: 'KeyContact', domain: 'km', pages: keyContacts, officeWork: true },
  { name: 'CommunityOfPractice', domain: 'km', pages: communitiesOfPractice, officeWork: true },
  { name: 'CopMembershipTarget', domain: 'km', pages: copMembershipTargets, officeWork: true },
  { name: 'CopDiscussion', domain: 'km', pages: copDiscussions, officeWork: true },
  { name: 'Office', domain: 'admin', pages: offices },
  { name: 'ReportingPeriod', domain: 'admin', pages: reportingPeriods },
  { name: 'User', domain: 'admin', pages: users },
];

/** The resources `role` gets, each without the pages it may not use: no create page means no create button. */
export const resourcesFor = (role: unknown): ResourceProps[] =>
  RESOURCES.filter(({ name, officeWork }) => canCall(role, name) && (!officeWork || seesOfficeWork(role))).map(
    ({ name, pages }) => ({
      name,
      ...pages,
      create: canCallNamed(role, `create${name}`) ? pages?.create : undefined,
      edit: canCallNamed(role, `update${name}`) ? pages?.edit : undefined,
    }),
  );

// The report pages are loaded when first opened, keeping the first download small.
const lazyPage = (name: 'MyReportPage' | 'ReviewQueuePage' | 'ReviewPage') =>
  lazy(() => import('./dwcp/progress-reports/routes').then((m) => ({ default: m[name] })));

export interface PageEntry {
  path: string;
  element: ReactElement;
  /** Its menu item, for the roles it is shown to. */
  menu?: { label: string; icon: ReactElement; shownTo: (role: unknown) => boolean };
}

/** The pages outside the resources (react-admin's <CustomRoutes>), with their menu items. */
export const PAGES: readonly PageEntry[] = [
  {
    path: '/my-report',
    element: createElement(lazyPage('MyReportPage')),
    menu: { label: 'reports.my.menu', icon: createElement(EditNoteIcon), shownTo: writesOwnReport },
  },
  {
    path: '/review',
    element: createElement(lazyPage('ReviewQueuePage')),
    menu: {
      label: 'reports.review.menu',
      icon: createElement(AssignmentIcon),
      shownTo: (role) => canCall(role, 'approveProgressReport'),
    },
  },
  { path: '/review/:id', element: createElement(lazyPage('ReviewPage')) },
];
