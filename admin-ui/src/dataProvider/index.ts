import buildGraphQLProvider from 'ra-data-graphql-simple';
import type { DataProvider } from 'react-admin';
import { apolloClient } from './client';
import { dashboardMethods, type DashboardMethods } from './dashboard';
import { progressReportMethods, type ProgressReportMethods } from './progressReports';

/** react-admin's CRUD methods plus the workflow and dashboard calls: the UI's only way to the API. */
export type TrackerDataProvider = DataProvider & DashboardMethods & ProgressReportMethods;

// The schema is read on first use (ra-data-graphql-simple 5), so this is ready at once.
const crud = buildGraphQLProvider({ client: apolloClient });

export const dataProvider: TrackerDataProvider = {
  ...crud,
  ...dashboardMethods(apolloClient),
  ...progressReportMethods(apolloClient),
};
