import type { ApolloClient } from '@apollo/client';
import {
  CloseReportingPeriodDocument,
  LockReportingPeriodDocument,
  OpenReportingPeriodDocument,
  type PeriodStateFragment,
} from '../generated/graphql';

export type ReportingPeriodRecord = PeriodStateFragment;

/**
 * Reporting-period status changes: each is its own mutation, checked by the API. Opening or
 * closing a LOCKED period is an unlock: it needs a reason, and any other step refuses one.
 */
export interface PeriodMethods {
  openReportingPeriod: (id: string, reason?: string) => Promise<{ data: ReportingPeriodRecord }>;
  closeReportingPeriod: (id: string, reason?: string) => Promise<{ data: ReportingPeriodRecord }>;
  lockReportingPeriod: (id: string) => Promise<{ data: ReportingPeriodRecord }>;
}

export const periodMethods = (client: ApolloClient<unknown>): PeriodMethods => {
  const run = async (
    mutation: typeof OpenReportingPeriodDocument | typeof LockReportingPeriodDocument,
    variables: { id: string; reason?: string },
  ) => {
    const { data } = await client.mutate({ mutation, variables });
    if (!data) throw new Error('ra.notification.http_error');
    return { data: data.data };
  };
  return {
    openReportingPeriod: (id, reason) => run(OpenReportingPeriodDocument, { id, reason }),
    closeReportingPeriod: (id, reason) => run(CloseReportingPeriodDocument, { id, reason }),
    lockReportingPeriod: (id) => run(LockReportingPeriodDocument, { id }),
  };
};
