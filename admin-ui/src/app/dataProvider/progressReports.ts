import type { ApolloClient } from '@apollo/client';
import type {
  ReportingTask,
  ProgrammeOutcomeSummary,
  ReportDetail,
  ReportSaveInput,
  ReportState,
  LineComment,
  FieldProblem,
} from '../../dwcp/progress-reports/types';
import {
  REPORT_DETAIL,
  PROGRAMME_OUTCOMES,
  MY_TASKS,
  CREATE,
  UPDATE,
  SUBMIT,
  APPROVE,
  RETURN,
} from './progressReportDocuments';

// The progress-report workflow: the officer's task, the report as one screen, and its review.
// Domain rules (who may edit, what a result needs) live on the server; these calls only carry them.

export type * from '../../dwcp/progress-reports/types';

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
  createProgressReport(programmeId: string, periodId: string): Promise<ReportState>;
  /** Autosave: input problems and version conflicts are answers, not failures (they are routine while typing). */
  updateProgressReport(input: ReportSaveInput): Promise<SaveResult>;
  submitProgressReport(id: string, version: number): Promise<ReportState>;
  approveProgressReport(id: string): Promise<ReportState>;
  returnProgressReport(id: string, reason: string, lineComments: LineComment[]): Promise<ReportState>;
}

export const progressReportMethods = (client: ApolloClient<unknown>): ProgressReportMethods => {
  const guarded = async <T>(call: () => Promise<T>): Promise<T> => {
    try {
      return await call();
    } catch (error) {
      throw toReportApiError(error);
    }
  };
  const mutate = <K extends string>(key: K, mutation: typeof CREATE, variables: object) =>
    guarded(async () => {
      const { data } = await client.mutate<Record<K, ReportState>>({ mutation, variables });
      return data![key];
    });
  return {
    myReportingTasks: () =>
      guarded(async () => {
        const { data } = await client.query<{ myReportingTasks: ReportingTask[] }>({ query: MY_TASKS });
        return data.myReportingTasks;
      }),
    getReportDetail: (id) =>
      guarded(async () => {
        const { data } = await client.query<{ ProgressReport: ReportDetail | null }>({
          query: REPORT_DETAIL,
          variables: { id },
        });
        if (!data.ProgressReport) throw new ReportApiError(`No ProgressReport with id ${id}`, 'NOT_FOUND', []);
        const outcomes = await client.query<{ allProgrammeOutcomes: ProgrammeOutcomeSummary[] }>({
          query: PROGRAMME_OUTCOMES,
          variables: { programmeId: data.ProgressReport.programmeId },
        });
        return { report: data.ProgressReport, outcomes: outcomes.data.allProgrammeOutcomes };
      }),
    createProgressReport: (programmeId, periodId) => mutate('createProgressReport', CREATE, { programmeId, periodId }),
    updateProgressReport: async (input) => {
      try {
        return { ok: true, report: await mutate('updateProgressReport', UPDATE, input) };
      } catch (error) {
        if (error instanceof ReportApiError && REFUSALS.includes(error.code)) return { ok: false, error };
        throw error;
      }
    },
    submitProgressReport: (id, version) => mutate('submitProgressReport', SUBMIT, { id, version }),
    approveProgressReport: (id) => mutate('approveProgressReport', APPROVE, { id }),
    returnProgressReport: (id, reason, lineComments) =>
      mutate('returnProgressReport', RETURN, { id, reason, lineComments }),
  };
};
