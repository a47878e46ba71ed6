import type { ApolloClient } from '@apollo/client';
import {
  ComponentOfficeProgressDocument,
  IndicatorProgressDocument,
  IndicatorProgressTrendDocument,
  OneIndicatorProgressDocument,
  ReportingComplianceDocument,
  type ComponentOfficeProgressQuery,
  type ComponentOfficeProgressQueryVariables,
  type ComponentProgressFieldsFragment,
  type IndicatorProgressTrendQuery,
  type IndicatorProgressTrendQueryVariables,
  type OneIndicatorProgressQueryVariables,
  type ReportingComplianceQuery,
  type ReportingComplianceQueryVariables,
} from '../generated/graphql';
import type { ReportStatus } from '../generated/enums';

// Dashboard figures, all computed by the API: the UI only shows them. The operations are in
// dashboard.graphql; their result and variable types are generated from them (npm run codegen).

export type { ProgressStatus } from '../generated/enums';

/** Where one indicator component stands at the end of a reporting period. */
export type ComponentProgress = ComponentProgressFieldsFragment;
/** One component in one quarter, for the trend chart. */
export type ProgressTrendPoint = IndicatorProgressTrendQuery['indicatorProgressTrend'][number];
/** One office's figures for one component. */
export type OfficeProgress = ComponentOfficeProgressQuery['componentOfficeProgress'][number];
export type ReportingCompliance = ReportingComplianceQuery['reportingCompliance'];
/** One active programme (office and country) with a cell for each quarter it spans. */
export type ProgrammeCompliance = ReportingCompliance['programmes'][number];
/** One programme in one quarter. */
export type ComplianceCell = ProgrammeCompliance['cells'][number];
/** A cell's status: the schema types it as a String, a report's status or NOT_STARTED while there is none. */
export type ComplianceStatus = ReportStatus | 'NOT_STARTED';
/** Where a programme quarter stands as of the reporting clock's day. */
export type { ComplianceState } from '../generated/enums';

export type IndicatorProgressParams = OneIndicatorProgressQueryVariables;
export type IndicatorProgressTrendParams = IndicatorProgressTrendQueryVariables;
export type ComponentOfficeProgressParams = ComponentOfficeProgressQueryVariables;
export type ReportingComplianceParams = ReportingComplianceQueryVariables;

export interface DashboardMethods {
  indicatorProgress(params: IndicatorProgressParams): Promise<ComponentProgress[]>;
  indicatorProgressTrend(params: IndicatorProgressTrendParams): Promise<ProgressTrendPoint[]>;
  componentOfficeProgress(params: ComponentOfficeProgressParams): Promise<OfficeProgress[]>;
  reportingCompliance(params: ReportingComplianceParams): Promise<ReportingCompliance>;
}

export const dashboardMethods = (client: ApolloClient<unknown>): DashboardMethods => ({
  async indicatorProgress({ indicatorId, officeId, includeSubmitted, ...rest }) {
    const variables = { ...rest, officeId: officeId ?? null, includeSubmitted: includeSubmitted ?? false };
    const { data } = indicatorId
      ? await client.query({ query: OneIndicatorProgressDocument, variables: { ...variables, indicatorId } })
      : await client.query({ query: IndicatorProgressDocument, variables });
    return data.indicatorProgress;
  },
  async indicatorProgressTrend({ officeId, includeSubmitted, acrossVersions, ...rest }) {
    const { data } = await client.query({
      query: IndicatorProgressTrendDocument,
      variables: {
        ...rest,
        officeId: officeId ?? null,
        includeSubmitted: includeSubmitted ?? false,
        acrossVersions: acrossVersions ?? false,
      },
    });
    return data.indicatorProgressTrend;
  },
  async componentOfficeProgress({ includeSubmitted, ...rest }) {
    const { data } = await client.query({
      query: ComponentOfficeProgressDocument,
      variables: { ...rest, includeSubmitted: includeSubmitted ?? false },
    });
    return data.componentOfficeProgress;
  },
  async reportingCompliance({ officeId, periodIds }) {
    const { data } = await client.query({
      query: ReportingComplianceDocument,
      variables: { officeId: officeId ?? null, periodIds },
    });
    return data.reportingCompliance;
  },
});
