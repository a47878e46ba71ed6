import type { ApolloClient } from '@apollo/client';
import {
  CloseReportingPeriodDocument,
  LockReportingPeriodDocument,
  OpenReportingPeriodDocument,
  type PeriodStateFragment,
} from '../generated/graphql';

export type ReportingPeriodRecord = PeriodStateFragment;

/** Reporting-period status changes: each is its own mutation, checked by the API. */
export interface PeriodMethods {
  openReportingPeriod: (id: string) => Promise<{ data: ReportingPeriodRecord }>;
  closeReportingPeriod: (id: string) => Promise<{ data: ReportingPeriodRecord }>;
  lockReportingPeriod: (id: string) => Promise<{ data: ReportingPeriodRecord }>;
}

export const periodMethods = (client: ApolloClient<unknown>): PeriodMethods => {
  const run = async (mutation: typeof OpenReportingPeriodDocument, id: string) => {
    const { data } = await client.mutate({ mutation, variables: { id } });
    if (!data) throw new Error('ra.notification.http_error');
    return { data: data.data };
  };
  return {
    openReportingPeriod: (id) => run(OpenReportingPeriodDocument, id),
    closeReportingPeriod: (id) => run(CloseReportingPeriodDocument, id),
    lockReportingPeriod: (id) => run(LockReportingPeriodDocument, id),
  };
};
