import type { ApolloClient, OperationVariables, TypedDocumentNode } from '@apollo/client';
import {
  ApproveProgressReportDocument,
  CreateProgressReportDocument,
  MyReportingTasksDocument,
  ReportDetailDocument,
  ReportHistoryDocument,
  ReportProgrammeOutcomesDocument,
  ReturnProgressReportDocument,
  SubmitProgressReportDocument,
  UpdateProgressReportDocument,
  type LineCommentInput,
  type ResultCommentInput,
  type MyReportingTasksQuery,
  type ReportDetailQuery,
  type ReportHistoryQuery,
  type ReportLineInput,
  type ReportResultInput,
  type ReportProgrammeOutcomesQuery,
  type ReportStateFragment,
  type UpdateProgressReportMutationVariables,
} from '../generated/graphql';

// The progress-report workflow: the officer's task, the report as one screen, and its review.
// Domain rules (who may edit, what a result needs) live on the server; these calls only carry them.

// The workflow's data is typed by its operations (npm run codegen); these names say what each part is.
export type { Measure, MilestoneStatus, PlanItemStatus, ReportStatus } from '../generated/enums';
export type { ReportLineInput, ReportResultInput };
/** The quarter a programme reports on now. */
export type ReportingTask = MyReportingTasksQuery['myReportingTasks'][number];
/** A report with everything its one screen shows. */
export type ReportDetail = NonNullable<ReportDetailQuery['ProgressReport']>;
export type ReportLine = ReportDetail['lines'][number];
export type ReportPlanItem = ReportLine['planItem'];
export type ReportResult = ReportDetail['results'][number];
export type Disaggregation = ReportResult['disaggregations'][number];
export type DueComponent = ReportDetail['dueComponents'][number];
export type ReportChange = ReportDetail['changesSinceReturn'][number];
/** One change in the report's history: to the report, one of its lines or one of its results. */
export type ReportHistoryEntry = ReportHistoryQuery['auditTrail'][number];
export type ProgrammeOutcomeSummary = ReportProgrammeOutcomesQuery['allProgrammeOutcomes'][number];
/** What an autosave sends: narrative fields left out are left as they are; only the lines and results given change. */
export type ReportSaveInput = UpdateProgressReportMutationVariables & {
  lines: ReportLineInput[];
  results: ReportResultInput[];
};
/** What a save or a workflow step answers: enough to carry on editing. */
export type ReportState = ReportStateFragment;
export type LineComment = LineCommentInput;
export type ResultComment = ResultCommentInput;

/** One input the API refused, from a GraphQL error's `extensions.fields` (error extensions are not in the schema). */
export interface FieldProblem {
  field: string;
  message: string;
}

/** A refused call, as the API explains it: BAD_USER_INPUT with fields, CONFLICT, FORBIDDEN, or a network failure. */
export class ReportApiError extends Error {
  constructor(
    message: string,
    readonly code: string,
    readonly fields: FieldProblem[],
  ) {
    super(message);
    this.name = 'ReportApiError';
  }

  /** As Apollo has it, for the auth provider's checkError (an expired session signs out). */
  get graphQLErrors() {
    return [{ message: this.message, extensions: { code: this.code, fields: this.fields } }];
  }
}

/** A save either lands or is refused for its input or version; anything else is thrown. */
export type SaveResult = { ok: true; report: ReportState } | { ok: false; error: ReportApiError };
const REFUSALS = ['BAD_USER_INPUT', 'CONFLICT'];

interface GraphQLErrorLike {
  message: string;
  extensions?: { code?: unknown; fields?: unknown };
}

/** Turns Apollo's error into a ReportApiError (first GraphQL error's code, every error's fields). */
export function toReportApiError(error: unknown): ReportApiError {
  if (error instanceof ReportApiError) return error;
  const graphQLErrors = ((error as { graphQLErrors?: GraphQLErrorLike[] })?.graphQLErrors ?? []) as GraphQLErrorLike[];
  if (graphQLErrors.length === 0) {
    return new ReportApiError(error instanceof Error ? error.message : String(error), 'NETWORK', []);
  }
  const fields = graphQLErrors.flatMap((e) => (Array.isArray(e.extensions?.fields) ? e.extensions.fields : []));
  const code = typeof graphQLErrors[0]!.extensions?.code === 'string' ? graphQLErrors[0]!.extensions.code : 'ERROR';
  return new ReportApiError(graphQLErrors.map((e) => e.message).join('; '), code, fields as FieldProblem[]);
}

export interface ProgressReportMethods {
  myReportingTasks(): Promise<ReportingTask[]>;
  /** The report and its programme's DWCP outcomes (to group the lines by). */
  getReportDetail(id: string): Promise<{ report: ReportDetail; outcomes: ProgrammeOutcomeSummary[] }>;
  /** Who changed what in the report, its lines and results, and through which path (oldest first). */
  getReportHistory(id: string): Promise<ReportHistoryEntry[]>;
  createProgressReport(programmeId: string, periodId: string): Promise<ReportState>;
  /** Autosave: input problems and version conflicts are answers, not failures (they are routine while typing). */
  updateProgressReport(input: ReportSaveInput): Promise<SaveResult>;
  submitProgressReport(id: string, version: number): Promise<ReportState>;
  approveProgressReport(id: string): Promise<ReportState>;
  returnProgressReport(
    id: string,
    reason: string,
    lineComments: LineComment[],
    resultComments?: ResultComment[],
  ): Promise<ReportState>;
}

export const progressReportMethods = (client: ApolloClient<unknown>): ProgressReportMethods => {
  const guarded = async <T>(call: () => Promise<T>): Promise<T> => {
    try {
      return await call();
    } catch (error) {
      throw toReportApiError(error);
    }
  };
  // Every workflow mutation answers the report's new state; a missing answer is not expected.
  const mutate = <V extends OperationVariables, K extends string>(
    mutation: TypedDocumentNode<Record<K, ReportState>, V>,
    key: K,
    variables: V,
  ) =>
    guarded(async () => {
      const { data } = await client.mutate({ mutation, variables });
      return data![key];
    });
  return {
    myReportingTasks: () =>
      guarded(async () => {
        const { data } = await client.query({ query: MyReportingTasksDocument });
        return data.myReportingTasks;
      }),
    getReportDetail: (id) =>
      guarded(async () => {
        const { data } = await client.query({ query: ReportDetailDocument, variables: { id } });
        if (!data.ProgressReport) throw new ReportApiError(`No ProgressReport with id ${id}`, 'NOT_FOUND', []);
        const outcomes = await client.query({
          query: ReportProgrammeOutcomesDocument,
          variables: { programmeId: data.ProgressReport.programmeId },
        });
        return { report: data.ProgressReport, outcomes: outcomes.data.allProgrammeOutcomes };
      }),
    getReportHistory: (id) =>
      guarded(async () => {
        const { data } = await client.query({
          query: ReportHistoryDocument,
          variables: { id },
          fetchPolicy: 'no-cache',
        });
        return data.auditTrail;
      }),
    createProgressReport: (programmeId, periodId) =>
      mutate(CreateProgressReportDocument, 'createProgressReport', { programmeId, periodId }),
    updateProgressReport: async (input) => {
      try {
        return { ok: true, report: await mutate(UpdateProgressReportDocument, 'updateProgressReport', input) };
      } catch (error) {
        if (error instanceof ReportApiError && REFUSALS.includes(error.code)) return { ok: false, error };
        throw error;
      }
    },
    submitProgressReport: (id, version) =>
      mutate(SubmitProgressReportDocument, 'submitProgressReport', { id, version }),
    approveProgressReport: (id) => mutate(ApproveProgressReportDocument, 'approveProgressReport', { id }),
    returnProgressReport: (id, reason, lineComments, resultComments = []) =>
      mutate(ReturnProgressReportDocument, 'returnProgressReport', { id, reason, lineComments, resultComments }),
  };
};
