import buildGraphQLProvider from 'ra-data-graphql-simple';
import type { IntrospectionSchema } from 'graphql';
import type { DataProvider } from 'react-admin';
import introspection from '../generated/introspection.json';
import { withServerFieldErrors } from '../common/serverErrors';
import { accountMethods, type AccountMethods } from './account';
import { apolloClient } from './client';
import { dashboardMethods, type DashboardMethods } from './dashboard';
import { exportMethods, type ExportMethods } from './exports';
import { frameworkMethods, type FrameworkMethods } from './frameworks';
import { importMethods, type ImportMethods } from './imports';
import { periodMethods, type PeriodMethods } from './periods';
import { planMethods, type PlanMethods } from './plans';
import { progressReportMethods, type ProgressReportMethods } from './progressReports';
import { targetMethods, type TargetMethods } from './targets';

/** react-admin's CRUD methods plus the workflow, dashboard, export and import calls: the UI's only way to the API. */
export type TrackerDataProvider = DataProvider &
  DashboardMethods &
  ProgressReportMethods &
  PlanMethods &
  PeriodMethods &
  FrameworkMethods &
  TargetMethods &
  ExportMethods &
  ImportMethods &
  AccountMethods;

// The schema comes from the committed contract (npm run codegen), not from asking the server, which
// refuses introspection in production. Field errors the API names (extensions.fields) are shown next
// to the form inputs.
const crud = withServerFieldErrors(
  buildGraphQLProvider({
    client: apolloClient,
    introspection: { schema: introspection.__schema as IntrospectionSchema },
  }),
);

export const dataProvider: TrackerDataProvider = {
  ...crud,
  ...dashboardMethods(apolloClient),
  ...progressReportMethods(apolloClient),
  ...planMethods(apolloClient),
  ...periodMethods(apolloClient),
  ...frameworkMethods(apolloClient),
  ...targetMethods(apolloClient),
  ...exportMethods(),
  ...importMethods(),
  ...accountMethods(apolloClient),
};
