/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { Aggregation } from './enums';
import type { AuditPath } from './enums';
import type { Direction } from './enums';
import type { Measure } from './enums';
import type { MilestoneStatus } from './enums';
import type { PeriodStatus } from './enums';
import type { PlanItemStatus } from './enums';
import type { ProgressStatus } from './enums';
import type { ReportStatus } from './enums';
import type { Role } from './enums';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export { Aggregation };

export { AuditPath };

export { Direction };

export type DisaggregationInput = {
  /** e.g. "women", "employers" */
  category: string;
  /** e.g. "sex", "constituent group" */
  dimension: string;
  value: number;
};

export type LineCommentInput = {
  comment: string;
  lineId: string;
};

export { Measure };

export { MilestoneStatus };

export { PeriodStatus };

export { PlanItemStatus };

export { ProgressStatus };

export type ReportLineInput = {
  challenges?: string | null | undefined;
  narrative?: string | null | undefined;
  percentComplete?: number | null | undefined;
  planItemId: string;
  status: PlanItemStatus;
};

export type ReportResultInput = {
  componentId: string;
  disaggregations?: Array<DisaggregationInput> | null | undefined;
  evidenceLinks?: Array<string> | null | undefined;
  milestoneStatus?: MilestoneStatus | null | undefined;
  narrative?: string | null | undefined;
  value?: number | null | undefined;
};

export { ReportStatus };

export { Role };

export type LoginMutationVariables = Exact<{
  email: string;
  password: string;
}>;

export type LoginMutation = { login: { token: string; user: { id: string; name: string; email: string; role: Role } } };

export type ComponentProgressFieldsFragment = {
  componentId: string;
  label: string;
  measure: Measure;
  aggregation: Aggregation;
  direction: Direction;
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
};

export type IndicatorProgressQueryVariables = Exact<{
  frameworkId: string;
  periodId: string;
  officeId?: string | null | undefined;
  includeSubmitted?: boolean | null | undefined;
}>;

export type IndicatorProgressQuery = {
  indicatorProgress: Array<{
    componentId: string;
    label: string;
    measure: Measure;
    aggregation: Aggregation;
    direction: Direction;
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
  }>;
};

export type OneIndicatorProgressQueryVariables = Exact<{
  frameworkId: string;
  periodId: string;
  officeId?: string | null | undefined;
  includeSubmitted?: boolean | null | undefined;
  indicatorId?: string | null | undefined;
}>;

export type OneIndicatorProgressQuery = {
  indicatorProgress: Array<{
    componentId: string;
    label: string;
    measure: Measure;
    aggregation: Aggregation;
    direction: Direction;
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
  }>;
};

export type IndicatorProgressTrendQueryVariables = Exact<{
  frameworkId: string;
  indicatorId: string;
  periodIds: Array<string>;
  officeId?: string | null | undefined;
  includeSubmitted?: boolean | null | undefined;
}>;

export type IndicatorProgressTrendQuery = {
  indicatorProgressTrend: Array<{
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
  }>;
};

export type ComponentOfficeProgressQueryVariables = Exact<{
  componentId: string;
  periodId: string;
  includeSubmitted?: boolean | null | undefined;
}>;

export type ComponentOfficeProgressQuery = {
  componentOfficeProgress: Array<{
    officeId: string;
    officeCode: string;
    officeName: string;
    actualValue: number | null;
    achievementPercent: number | null;
    status: ProgressStatus;
    milestoneStatus: MilestoneStatus | null;
    hasNarrative: boolean;
  }>;
};

export type ReportingComplianceQueryVariables = Exact<{
  officeId?: string | null | undefined;
  periodIds: Array<string>;
}>;

export type ReportingComplianceQuery = {
  reportingCompliance: {
    periods: Array<{ id: string; code: string; dueDate: string }>;
    programmes: Array<{
      programmeId: string;
      officeId: string;
      officeCode: string;
      countryCode: string;
      cells: Array<{
        periodId: string;
        status: string;
        onTime: boolean | null;
        firstSubmittedAt: string | null;
        reportId: string | null;
      }>;
    }>;
  };
};

export type FrameworkStateFragment = { id: string; title: string; publishedAt: string | null };

export type PublishResultsFrameworkMutationVariables = Exact<{
  id: string;
}>;

export type PublishResultsFrameworkMutation = { data: { id: string; title: string; publishedAt: string | null } };

export type UnpublishResultsFrameworkMutationVariables = Exact<{
  id: string;
}>;

export type UnpublishResultsFrameworkMutation = { data: { id: string; title: string; publishedAt: string | null } };

export type PeriodStateFragment = { id: string; code: string; status: PeriodStatus };

export type OpenReportingPeriodMutationVariables = Exact<{
  id: string;
  reason?: string | null | undefined;
}>;

export type OpenReportingPeriodMutation = { data: { id: string; code: string; status: PeriodStatus } };

export type CloseReportingPeriodMutationVariables = Exact<{
  id: string;
  reason?: string | null | undefined;
}>;

export type CloseReportingPeriodMutation = { data: { id: string; code: string; status: PeriodStatus } };

export type LockReportingPeriodMutationVariables = Exact<{
  id: string;
}>;

export type LockReportingPeriodMutation = { data: { id: string; code: string; status: PeriodStatus } };

export type ReportStateFragment = { id: string; status: ReportStatus; version: number; updatedAt: string };

export type ReportDetailQueryVariables = Exact<{
  id: string;
}>;

export type ReportDetailQuery = {
  ProgressReport: {
    id: string;
    status: ReportStatus;
    version: number;
    officeId: string;
    programmeId: string;
    periodId: string;
    achievements: string | null;
    challenges: string | null;
    nextSteps: string | null;
    returnReason: string | null;
    submittedAt: string | null;
    updatedAt: string;
    period: { id: string; code: string };
    programme: { id: string; title: string };
    lines: Array<{
      id: string;
      planItemId: string;
      status: PlanItemStatus;
      percentComplete: number | null;
      narrative: string | null;
      challenges: string | null;
      flagged: boolean;
      reviewerComment: string | null;
      planItem: {
        id: string;
        code: string;
        title: string;
        programmeOutcomeId: string | null;
        componentIds: Array<string>;
      };
    }>;
    results: Array<{
      id: string;
      componentId: string;
      value: number | null;
      milestoneStatus: MilestoneStatus | null;
      narrative: string | null;
      evidenceLinks: Array<string>;
      disaggregations: Array<{ dimension: string; category: string; value: number }>;
    }>;
    dueComponents: Array<{
      id: string;
      label: string;
      effectiveMeasure: Measure;
      unit: string | null;
      indicator: { id: string; code: string; title: string; outcome: { id: string; number: number; title: string } };
    }>;
    changesSinceReturn: Array<{ field: string; before: string | null; after: string | null }>;
  } | null;
};

export type ReportProgrammeOutcomesQueryVariables = Exact<{
  programmeId: string;
}>;

export type ReportProgrammeOutcomesQuery = { allProgrammeOutcomes: Array<{ id: string; code: string; title: string }> };

export type MyReportingTasksQueryVariables = Exact<{ [key: string]: never }>;

export type MyReportingTasksQuery = {
  myReportingTasks: Array<{
    programmeId: string;
    programmeTitle: string;
    officeId: string;
    periodId: string;
    periodCode: string;
    dueDate: string;
    periodStatus: PeriodStatus;
    reportId: string | null;
    status: ReportStatus | null;
    version: number | null;
    editable: boolean;
  }>;
};

export type CreateProgressReportMutationVariables = Exact<{
  programmeId: string;
  periodId: string;
}>;

export type CreateProgressReportMutation = {
  createProgressReport: { id: string; status: ReportStatus; version: number; updatedAt: string };
};

export type UpdateProgressReportMutationVariables = Exact<{
  id: string;
  version: number;
  achievements?: string | null | undefined;
  challenges?: string | null | undefined;
  nextSteps?: string | null | undefined;
  lines?: Array<ReportLineInput> | null | undefined;
  results?: Array<ReportResultInput> | null | undefined;
}>;

export type UpdateProgressReportMutation = {
  updateProgressReport: { id: string; status: ReportStatus; version: number; updatedAt: string };
};

export type SubmitProgressReportMutationVariables = Exact<{
  id: string;
  version: number;
}>;

export type SubmitProgressReportMutation = {
  submitProgressReport: { id: string; status: ReportStatus; version: number; updatedAt: string };
};

export type ApproveProgressReportMutationVariables = Exact<{
  id: string;
}>;

export type ApproveProgressReportMutation = {
  approveProgressReport: { id: string; status: ReportStatus; version: number; updatedAt: string };
};

export type ReturnProgressReportMutationVariables = Exact<{
  id: string;
  reason: string;
  lineComments?: Array<LineCommentInput> | null | undefined;
}>;

export type ReturnProgressReportMutation = {
  returnProgressReport: { id: string; status: ReportStatus; version: number; updatedAt: string };
};

export type ReportHistoryQueryVariables = Exact<{
  id: string;
}>;

export type ReportHistoryQuery = {
  auditTrail: Array<{
    id: string;
    at: string;
    action: string;
    via: AuditPath;
    reason: string | null;
    userEmail: string | null;
    entityType: string;
    entityId: string;
    changes: Array<{ field: string; before: string | null; after: string | null }>;
  }>;
};

export const ComponentProgressFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ComponentProgressFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ComponentProgress' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'componentId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'label' } },
          { kind: 'Field', name: { kind: 'Name', value: 'measure' } },
          { kind: 'Field', name: { kind: 'Name', value: 'aggregation' } },
          { kind: 'Field', name: { kind: 'Name', value: 'direction' } },
          { kind: 'Field', name: { kind: 'Name', value: 'unit' } },
          { kind: 'Field', name: { kind: 'Name', value: 'indicatorId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'indicatorCode' } },
          { kind: 'Field', name: { kind: 'Name', value: 'indicatorTitle' } },
          { kind: 'Field', name: { kind: 'Name', value: 'outcomeId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'outcomeNumber' } },
          { kind: 'Field', name: { kind: 'Name', value: 'outcomeTitle' } },
          { kind: 'Field', name: { kind: 'Name', value: 'baselineValue' } },
          { kind: 'Field', name: { kind: 'Name', value: 'targetValue' } },
          { kind: 'Field', name: { kind: 'Name', value: 'intermediateTargetValue' } },
          { kind: 'Field', name: { kind: 'Name', value: 'actualValue' } },
          { kind: 'Field', name: { kind: 'Name', value: 'achievementPercent' } },
          { kind: 'Field', name: { kind: 'Name', value: 'expectedPercent' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'milestoneStatus' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reportingOffices' } },
          { kind: 'Field', name: { kind: 'Name', value: 'targetNarrative' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ComponentProgressFieldsFragment, unknown>;
export const FrameworkStateFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'FrameworkState' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ResultsFramework' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'publishedAt' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<FrameworkStateFragment, unknown>;
export const PeriodStateFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'PeriodState' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ReportingPeriod' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'code' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<PeriodStateFragment, unknown>;
export const ReportStateFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ReportState' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ProgressReport' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ReportStateFragment, unknown>;
export const LoginDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'Login' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'email' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'password' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'login' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'email' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'email' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'password' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'password' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'token' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'user' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'email' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'role' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<LoginMutation, LoginMutationVariables>;
export const IndicatorProgressDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'IndicatorProgress' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'frameworkId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'periodId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'officeId' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'includeSubmitted' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Boolean' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'indicatorProgress' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'frameworkId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'frameworkId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'periodId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'periodId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'officeId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'officeId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'includeSubmitted' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'includeSubmitted' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ComponentProgressFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ComponentProgressFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ComponentProgress' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'componentId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'label' } },
          { kind: 'Field', name: { kind: 'Name', value: 'measure' } },
          { kind: 'Field', name: { kind: 'Name', value: 'aggregation' } },
          { kind: 'Field', name: { kind: 'Name', value: 'direction' } },
          { kind: 'Field', name: { kind: 'Name', value: 'unit' } },
          { kind: 'Field', name: { kind: 'Name', value: 'indicatorId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'indicatorCode' } },
          { kind: 'Field', name: { kind: 'Name', value: 'indicatorTitle' } },
          { kind: 'Field', name: { kind: 'Name', value: 'outcomeId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'outcomeNumber' } },
          { kind: 'Field', name: { kind: 'Name', value: 'outcomeTitle' } },
          { kind: 'Field', name: { kind: 'Name', value: 'baselineValue' } },
          { kind: 'Field', name: { kind: 'Name', value: 'targetValue' } },
          { kind: 'Field', name: { kind: 'Name', value: 'intermediateTargetValue' } },
          { kind: 'Field', name: { kind: 'Name', value: 'actualValue' } },
          { kind: 'Field', name: { kind: 'Name', value: 'achievementPercent' } },
          { kind: 'Field', name: { kind: 'Name', value: 'expectedPercent' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'milestoneStatus' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reportingOffices' } },
          { kind: 'Field', name: { kind: 'Name', value: 'targetNarrative' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<IndicatorProgressQuery, IndicatorProgressQueryVariables>;
export const OneIndicatorProgressDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'OneIndicatorProgress' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'frameworkId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'periodId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'officeId' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'includeSubmitted' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Boolean' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'indicatorId' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'indicatorProgress' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'frameworkId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'frameworkId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'periodId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'periodId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'officeId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'officeId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'includeSubmitted' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'includeSubmitted' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'indicatorId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'indicatorId' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ComponentProgressFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ComponentProgressFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ComponentProgress' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'componentId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'label' } },
          { kind: 'Field', name: { kind: 'Name', value: 'measure' } },
          { kind: 'Field', name: { kind: 'Name', value: 'aggregation' } },
          { kind: 'Field', name: { kind: 'Name', value: 'direction' } },
          { kind: 'Field', name: { kind: 'Name', value: 'unit' } },
          { kind: 'Field', name: { kind: 'Name', value: 'indicatorId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'indicatorCode' } },
          { kind: 'Field', name: { kind: 'Name', value: 'indicatorTitle' } },
          { kind: 'Field', name: { kind: 'Name', value: 'outcomeId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'outcomeNumber' } },
          { kind: 'Field', name: { kind: 'Name', value: 'outcomeTitle' } },
          { kind: 'Field', name: { kind: 'Name', value: 'baselineValue' } },
          { kind: 'Field', name: { kind: 'Name', value: 'targetValue' } },
          { kind: 'Field', name: { kind: 'Name', value: 'intermediateTargetValue' } },
          { kind: 'Field', name: { kind: 'Name', value: 'actualValue' } },
          { kind: 'Field', name: { kind: 'Name', value: 'achievementPercent' } },
          { kind: 'Field', name: { kind: 'Name', value: 'expectedPercent' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'milestoneStatus' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reportingOffices' } },
          { kind: 'Field', name: { kind: 'Name', value: 'targetNarrative' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<OneIndicatorProgressQuery, OneIndicatorProgressQueryVariables>;
export const IndicatorProgressTrendDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'IndicatorProgressTrend' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'frameworkId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'indicatorId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'periodIds' } },
          type: {
            kind: 'NonNullType',
            type: {
              kind: 'ListType',
              type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
            },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'officeId' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'includeSubmitted' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Boolean' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'indicatorProgressTrend' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'frameworkId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'frameworkId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'indicatorId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'indicatorId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'periodIds' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'periodIds' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'officeId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'officeId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'includeSubmitted' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'includeSubmitted' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'periodId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'periodCode' } },
                { kind: 'Field', name: { kind: 'Name', value: 'periodEndDate' } },
                { kind: 'Field', name: { kind: 'Name', value: 'componentId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'label' } },
                { kind: 'Field', name: { kind: 'Name', value: 'actualValue' } },
                { kind: 'Field', name: { kind: 'Name', value: 'baselineValue' } },
                { kind: 'Field', name: { kind: 'Name', value: 'targetValue' } },
                { kind: 'Field', name: { kind: 'Name', value: 'achievementPercent' } },
                { kind: 'Field', name: { kind: 'Name', value: 'expectedPercent' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<IndicatorProgressTrendQuery, IndicatorProgressTrendQueryVariables>;
export const ComponentOfficeProgressDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'ComponentOfficeProgress' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'componentId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'periodId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'includeSubmitted' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Boolean' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'componentOfficeProgress' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'componentId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'componentId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'periodId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'periodId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'includeSubmitted' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'includeSubmitted' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'officeId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'officeCode' } },
                { kind: 'Field', name: { kind: 'Name', value: 'officeName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'actualValue' } },
                { kind: 'Field', name: { kind: 'Name', value: 'achievementPercent' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'milestoneStatus' } },
                { kind: 'Field', name: { kind: 'Name', value: 'hasNarrative' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ComponentOfficeProgressQuery, ComponentOfficeProgressQueryVariables>;
export const ReportingComplianceDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'ReportingCompliance' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'officeId' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'periodIds' } },
          type: {
            kind: 'NonNullType',
            type: {
              kind: 'ListType',
              type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
            },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'reportingCompliance' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'officeId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'officeId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'periodIds' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'periodIds' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'periods' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'dueDate' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'programmes' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'programmeId' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'officeId' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'officeCode' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'countryCode' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'cells' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'periodId' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'onTime' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'firstSubmittedAt' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'reportId' } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ReportingComplianceQuery, ReportingComplianceQueryVariables>;
export const PublishResultsFrameworkDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'publishResultsFramework' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            alias: { kind: 'Name', value: 'data' },
            name: { kind: 'Name', value: 'publishResultsFramework' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'FrameworkState' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'FrameworkState' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ResultsFramework' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'publishedAt' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<PublishResultsFrameworkMutation, PublishResultsFrameworkMutationVariables>;
export const UnpublishResultsFrameworkDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'unpublishResultsFramework' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            alias: { kind: 'Name', value: 'data' },
            name: { kind: 'Name', value: 'unpublishResultsFramework' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'FrameworkState' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'FrameworkState' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ResultsFramework' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'publishedAt' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<UnpublishResultsFrameworkMutation, UnpublishResultsFrameworkMutationVariables>;
export const OpenReportingPeriodDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'openReportingPeriod' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'reason' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            alias: { kind: 'Name', value: 'data' },
            name: { kind: 'Name', value: 'openReportingPeriod' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'reason' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'reason' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'PeriodState' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'PeriodState' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ReportingPeriod' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'code' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<OpenReportingPeriodMutation, OpenReportingPeriodMutationVariables>;
export const CloseReportingPeriodDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'closeReportingPeriod' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'reason' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            alias: { kind: 'Name', value: 'data' },
            name: { kind: 'Name', value: 'closeReportingPeriod' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'reason' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'reason' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'PeriodState' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'PeriodState' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ReportingPeriod' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'code' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CloseReportingPeriodMutation, CloseReportingPeriodMutationVariables>;
export const LockReportingPeriodDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'lockReportingPeriod' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            alias: { kind: 'Name', value: 'data' },
            name: { kind: 'Name', value: 'lockReportingPeriod' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'PeriodState' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'PeriodState' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ReportingPeriod' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'code' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<LockReportingPeriodMutation, LockReportingPeriodMutationVariables>;
export const ReportDetailDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'ReportDetail' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'ProgressReport' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'version' } },
                { kind: 'Field', name: { kind: 'Name', value: 'officeId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'programmeId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'periodId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'achievements' } },
                { kind: 'Field', name: { kind: 'Name', value: 'challenges' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nextSteps' } },
                { kind: 'Field', name: { kind: 'Name', value: 'returnReason' } },
                { kind: 'Field', name: { kind: 'Name', value: 'submittedAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'period' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'programme' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'lines' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'planItemId' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'percentComplete' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'narrative' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'challenges' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'flagged' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'reviewerComment' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'planItem' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'programmeOutcomeId' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'componentIds' } },
                          ],
                        },
                      },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'results' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'componentId' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'value' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'milestoneStatus' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'narrative' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'evidenceLinks' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'disaggregations' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'dimension' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'category' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'value' } },
                          ],
                        },
                      },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'dueComponents' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'label' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'effectiveMeasure' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'unit' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'indicator' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'outcome' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'number' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                                ],
                              },
                            },
                          ],
                        },
                      },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'changesSinceReturn' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'field' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'before' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'after' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ReportDetailQuery, ReportDetailQueryVariables>;
export const ReportProgrammeOutcomesDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'ReportProgrammeOutcomes' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'programmeId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'allProgrammeOutcomes' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: {
                  kind: 'ObjectValue',
                  fields: [
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'programmeId' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'programmeId' } },
                    },
                  ],
                },
              },
              { kind: 'Argument', name: { kind: 'Name', value: 'perPage' }, value: { kind: 'IntValue', value: '500' } },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'sortField' },
                value: { kind: 'StringValue', value: 'code', block: false },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'sortOrder' },
                value: { kind: 'StringValue', value: 'ASC', block: false },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ReportProgrammeOutcomesQuery, ReportProgrammeOutcomesQueryVariables>;
export const MyReportingTasksDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'MyReportingTasks' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'myReportingTasks' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'programmeId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'programmeTitle' } },
                { kind: 'Field', name: { kind: 'Name', value: 'officeId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'periodId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'periodCode' } },
                { kind: 'Field', name: { kind: 'Name', value: 'dueDate' } },
                { kind: 'Field', name: { kind: 'Name', value: 'periodStatus' } },
                { kind: 'Field', name: { kind: 'Name', value: 'reportId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'version' } },
                { kind: 'Field', name: { kind: 'Name', value: 'editable' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<MyReportingTasksQuery, MyReportingTasksQueryVariables>;
export const CreateProgressReportDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'CreateProgressReport' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'programmeId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'periodId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'createProgressReport' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'programmeId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'programmeId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'periodId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'periodId' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ReportState' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ReportState' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ProgressReport' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CreateProgressReportMutation, CreateProgressReportMutationVariables>;
export const UpdateProgressReportDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'UpdateProgressReport' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'version' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'achievements' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'challenges' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'nextSteps' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'lines' } },
          type: {
            kind: 'ListType',
            type: {
              kind: 'NonNullType',
              type: { kind: 'NamedType', name: { kind: 'Name', value: 'ReportLineInput' } },
            },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'results' } },
          type: {
            kind: 'ListType',
            type: {
              kind: 'NonNullType',
              type: { kind: 'NamedType', name: { kind: 'Name', value: 'ReportResultInput' } },
            },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'updateProgressReport' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'version' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'version' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'achievements' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'achievements' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'challenges' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'challenges' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'nextSteps' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'nextSteps' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'lines' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'lines' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'results' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'results' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ReportState' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ReportState' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ProgressReport' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<UpdateProgressReportMutation, UpdateProgressReportMutationVariables>;
export const SubmitProgressReportDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'SubmitProgressReport' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'version' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'submitProgressReport' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'version' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'version' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ReportState' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ReportState' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ProgressReport' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SubmitProgressReportMutation, SubmitProgressReportMutationVariables>;
export const ApproveProgressReportDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ApproveProgressReport' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'approveProgressReport' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ReportState' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ReportState' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ProgressReport' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ApproveProgressReportMutation, ApproveProgressReportMutationVariables>;
export const ReturnProgressReportDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ReturnProgressReport' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'reason' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'lineComments' } },
          type: {
            kind: 'ListType',
            type: {
              kind: 'NonNullType',
              type: { kind: 'NamedType', name: { kind: 'Name', value: 'LineCommentInput' } },
            },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'returnProgressReport' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'reason' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'reason' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'lineComments' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'lineComments' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ReportState' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ReportState' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ProgressReport' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ReturnProgressReportMutation, ReturnProgressReportMutationVariables>;
export const ReportHistoryDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'ReportHistory' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'auditTrail' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'entityType' },
                value: { kind: 'StringValue', value: 'ProgressReport', block: false },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'entityId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'at' } },
                { kind: 'Field', name: { kind: 'Name', value: 'action' } },
                { kind: 'Field', name: { kind: 'Name', value: 'via' } },
                { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
                { kind: 'Field', name: { kind: 'Name', value: 'userEmail' } },
                { kind: 'Field', name: { kind: 'Name', value: 'entityType' } },
                { kind: 'Field', name: { kind: 'Name', value: 'entityId' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'changes' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'field' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'before' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'after' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ReportHistoryQuery, ReportHistoryQueryVariables>;
