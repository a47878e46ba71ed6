import type { ApolloClient } from '@apollo/client';

/** Progress-report workflow calls. Filled in by the report work. */
export interface ProgressReportMethods {
  placeholderReports?: never;
}

export const progressReportMethods = (_client: ApolloClient<unknown>): ProgressReportMethods => ({});
