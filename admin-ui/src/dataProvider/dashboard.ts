import type { ApolloClient } from '@apollo/client';

/** Dashboard figures, all computed by the API. Filled in by the dashboard work. */
export interface DashboardMethods {
  placeholderDashboard?: never;
}

export const dashboardMethods = (_client: ApolloClient<unknown>): DashboardMethods => ({});
