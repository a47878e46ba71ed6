import { gql, type ApolloClient } from '@apollo/client';

export interface ReportingPeriodRecord {
  id: string;
  code: string;
  status: 'OPEN' | 'CLOSED' | 'LOCKED';
}

/** Reporting-period status changes: each is its own mutation, checked by the API. */
export interface PeriodMethods {
  openReportingPeriod: (id: string) => Promise<{ data: ReportingPeriodRecord }>;
  closeReportingPeriod: (id: string) => Promise<{ data: ReportingPeriodRecord }>;
  lockReportingPeriod: (id: string) => Promise<{ data: ReportingPeriodRecord }>;
}

const statusMutation = (name: string) => gql`
  mutation ${name}($id: ID!) {
    data: ${name}(id: $id) {
      id
      code
      status
    }
  }
`;

const OPEN = statusMutation('openReportingPeriod');
const CLOSE = statusMutation('closeReportingPeriod');
const LOCK = statusMutation('lockReportingPeriod');

export const periodMethods = (client: ApolloClient<unknown>): PeriodMethods => {
  const run = async (mutation: typeof OPEN, id: string) => {
    const { data } = await client.mutate<{ data: ReportingPeriodRecord }>({ mutation, variables: { id } });
    if (!data) throw new Error('ra.notification.http_error');
    return { data: data.data };
  };
  return {
    openReportingPeriod: (id) => run(OPEN, id),
    closeReportingPeriod: (id) => run(CLOSE, id),
    lockReportingPeriod: (id) => run(LOCK, id),
  };
};
