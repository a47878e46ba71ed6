import { gql, type ApolloClient } from '@apollo/client';

// Dashboard figures, all computed by the API: the UI only shows them.

export type ProgressStatus = 'ON_TRACK' | 'AT_RISK' | 'OFF_TRACK' | 'NO_DATA' | 'NOT_MEASURED';
export type MilestoneStatus = 'NOT_STARTED' | 'IN_PROGRESS' | 'ACHIEVED' | 'NOT_ACHIEVED';
export type ComplianceStatus = 'NOT_STARTED' | 'DRAFT' | 'SUBMITTED' | 'RETURNED' | 'APPROVED';

/** Where one indicator component stands at the end of a reporting period. */
export interface ComponentProgress {
  componentId: string;
  label: string;
  measure: 'NUMBER' | 'PERCENT' | 'MILESTONE' | 'TEXT';
  aggregation: 'LATEST' | 'SUM' | 'AVERAGE';
  direction: 'INCREASE' | 'DECREASE';
  unit: string | null;
  indicatorId: string;
  indicatorCode: string;
  indicatorTitle: string;
  outcomeId: string;
  outcomeNumber: number;
  outcomeTitle: string;
  baselineValue: number | null;
  targetValue: number | null;
  intermediateTargetValue: number | null;
  actualValue: number | null;
  achievementPercent: number | null;
  expectedPercent: number | null;
  status: ProgressStatus;
  milestoneStatus: MilestoneStatus | null;
  reportingOffices: number;
  targetNarrative: string | null;
}

/** One component in one quarter, for the trend chart. */
export interface ProgressTrendPoint {
  periodId: string;
  periodCode: string;
  periodEndDate: string;
  componentId: string;
  label: string;
  actualValue: number | null;
  baselineValue: number | null;
  targetValue: number | null;
  achievementPercent: number | null;
  expectedPercent: number | null;
  status: ProgressStatus;
}

/** One office's figures for one component. */
export interface OfficeProgress {
  officeId: string;
  officeCode: string;
  officeName: string;
  actualValue: number | null;
  achievementPercent: number | null;
  status: ProgressStatus;
  milestoneStatus: MilestoneStatus | null;
  hasNarrative: boolean;
}

/** One programme (office and country) in one quarter. */
/** One programme in one quarter. */
export interface ComplianceCell {
  periodId: string;
  status: ComplianceStatus;
  /** Null while not submitted and not yet due. */
  onTime: boolean | null;
  firstSubmittedAt: string | null;
  reportId: string | null;
}

/** One active programme (office and country) with a cell for each quarter it spans. */
export interface ProgrammeCompliance {
  programmeId: string;
  officeId: string;
  officeCode: string;
  countryCode: string;
  cells: ComplianceCell[];
}

export interface ReportingCompliance {
  periods: { id: string; code: string; dueDate: string }[];
  /** By office code, then country code, as the server orders them. */
  programmes: ProgrammeCompliance[];
}

export interface IndicatorProgressParams {
  frameworkId: string;
  periodId: string;
  officeId?: string | null;
  includeSubmitted?: boolean;
  indicatorId?: string | null;
}

export interface IndicatorProgressTrendParams {
  frameworkId: string;
  indicatorId: string;
  periodIds: string[];
  officeId?: string | null;
  includeSubmitted?: boolean;
}

export interface ComponentOfficeProgressParams {
  componentId: string;
  periodId: string;
  includeSubmitted?: boolean;
}

export interface ReportingComplianceParams {
  officeId?: string | null;
  periodIds: string[];
}

export interface DashboardMethods {
  indicatorProgress(params: IndicatorProgressParams): Promise<ComponentProgress[]>;
  indicatorProgressTrend(params: IndicatorProgressTrendParams): Promise<ProgressTrendPoint[]>;
  componentOfficeProgress(params: ComponentOfficeProgressParams): Promise<OfficeProgress[]>;
  reportingCompliance(params: ReportingComplianceParams): Promise<ReportingCompliance>;
}

const COMPONENT_PROGRESS_FIELDS = gql`
  fragment ComponentProgressFields on ComponentProgress {
    componentId
    label
    measure
    aggregation
    direction
    unit
    indicatorId
    indicatorCode
    indicatorTitle
    outcomeId
    outcomeNumber
    outcomeTitle
    baselineValue
    targetValue
    intermediateTargetValue
    actualValue
    achievementPercent
    expectedPercent
    status
    milestoneStatus
    reportingOffices
    targetNarrative
  }
`;

const INDICATOR_PROGRESS = gql`
  ${COMPONENT_PROGRESS_FIELDS}
  query IndicatorProgress($frameworkId: ID!, $periodId: ID!, $officeId: ID, $includeSubmitted: Boolean) {
    indicatorProgress(
      frameworkId: $frameworkId
      periodId: $periodId
      officeId: $officeId
      includeSubmitted: $includeSubmitted
    ) {
      ...ComponentProgressFields
    }
  }
`;

/** Only one indicator's components. */
const ONE_INDICATOR_PROGRESS = gql`
  ${COMPONENT_PROGRESS_FIELDS}
  query OneIndicatorProgress(
    $frameworkId: ID!
    $periodId: ID!
    $officeId: ID
    $includeSubmitted: Boolean
    $indicatorId: ID
  ) {
    indicatorProgress(
      frameworkId: $frameworkId
      periodId: $periodId
      officeId: $officeId
      includeSubmitted: $includeSubmitted
      indicatorId: $indicatorId
    ) {
      ...ComponentProgressFields
    }
  }
`;

const INDICATOR_PROGRESS_TREND = gql`
  query IndicatorProgressTrend(
    $frameworkId: ID!
    $indicatorId: ID!
    $periodIds: [ID!]!
    $officeId: ID
    $includeSubmitted: Boolean
  ) {
    indicatorProgressTrend(
      frameworkId: $frameworkId
      indicatorId: $indicatorId
      periodIds: $periodIds
      officeId: $officeId
      includeSubmitted: $includeSubmitted
    ) {
      periodId
      periodCode
      periodEndDate
      componentId
      label
      actualValue
      baselineValue
      targetValue
      achievementPercent
      expectedPercent
      status
    }
  }
`;

const COMPONENT_OFFICE_PROGRESS = gql`
  query ComponentOfficeProgress($componentId: ID!, $periodId: ID!, $includeSubmitted: Boolean) {
    componentOfficeProgress(componentId: $componentId, periodId: $periodId, includeSubmitted: $includeSubmitted) {
      officeId
      officeCode
      officeName
      actualValue
      achievementPercent
      status
      milestoneStatus
      hasNarrative
    }
  }
`;

const REPORTING_COMPLIANCE = gql`
  query ReportingCompliance($officeId: ID, $periodIds: [ID!]!) {
    reportingCompliance(officeId: $officeId, periodIds: $periodIds) {
      periods {
        id
        code
        dueDate
      }
      programmes {
        programmeId
        officeId
        officeCode
        countryCode
        cells {
          periodId
          status
          onTime
          firstSubmittedAt
          reportId
        }
      }
    }
  }
`;

export const dashboardMethods = (client: ApolloClient<unknown>): DashboardMethods => ({
  async indicatorProgress({ indicatorId, officeId, includeSubmitted, ...rest }) {
    const variables = { ...rest, officeId: officeId ?? null, includeSubmitted: includeSubmitted ?? false };
    const { data } = await client.query<{ indicatorProgress: ComponentProgress[] }>(
      indicatorId
        ? { query: ONE_INDICATOR_PROGRESS, variables: { ...variables, indicatorId } }
        : { query: INDICATOR_PROGRESS, variables },
    );
    return data.indicatorProgress;
  },
  async indicatorProgressTrend({ officeId, includeSubmitted, ...rest }) {
    const { data } = await client.query<{ indicatorProgressTrend: ProgressTrendPoint[] }>({
      query: INDICATOR_PROGRESS_TREND,
      variables: { ...rest, officeId: officeId ?? null, includeSubmitted: includeSubmitted ?? false },
    });
    return data.indicatorProgressTrend;
  },
  async componentOfficeProgress({ includeSubmitted, ...rest }) {
    const { data } = await client.query<{ componentOfficeProgress: OfficeProgress[] }>({
      query: COMPONENT_OFFICE_PROGRESS,
      variables: { ...rest, includeSubmitted: includeSubmitted ?? false },
    });
    return data.componentOfficeProgress;
  },
  async reportingCompliance({ officeId, periodIds }) {
    const { data } = await client.query<{ reportingCompliance: ReportingCompliance }>({
      query: REPORTING_COMPLIANCE,
      variables: { officeId: officeId ?? null, periodIds },
    });
    return data.reportingCompliance;
  },
});
