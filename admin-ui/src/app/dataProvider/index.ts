import buildGraphQLProvider from 'ra-data-graphql-simple';
import type { DataProvider } from 'react-admin';
import { withServerFieldErrors } from '../common/serverErrors';
import { apolloClient } from './client';
import { dashboardMethods, type DashboardMethods } from './dashboard';
import { exportMethods, type ExportMethods } from './exports';
import { frameworkMethods, type FrameworkMethods } from './frameworks';
import { importMethods, type ImportMethods } from './imports';
import { periodMethods, type PeriodMethods } from './periods';
import { progressReportMethods, type ProgressReportMethods } from './progressReports';

/** react-admin's CRUD methods plus the workflow, dashboard, export and import calls: the UI's only way to the API. */
export type TrackerDataProvider = DataProvider &
  DashboardMethods &
  ProgressReportMethods &
  PeriodMethods &
  FrameworkMethods &
  ExportMethods &
  ImportMethods;

// The schema is read on first use (ra-data-graphql-simple 5), so this is ready at once. Field
// errors the API names (extensions.fields) are shown next to the form inputs.
const crud = withServerFieldErrors(buildGraphQLProvider({ client: apolloClient }));

export const dataProvider: TrackerDataProvider = {
  ...crud,
  ...dashboardMethods(apolloClient),
  ...progressReportMethods(apolloClient),
  ...periodMethods(apolloClient),
  ...frameworkMethods(apolloClient),
  ...exportMethods(),
  ...importMethods(),
};
