import type { ApolloClient } from '@apollo/client';
import {
  ApproveImplementationPlanDocument,
  ProgrammeBudgetsDocument,
  ReturnImplementationPlanDocument,
  SubmitImplementationPlanDocument,
  type PlanStateFragment,
  type ProgrammeBudgetsQuery,
} from '../generated/graphql';
import { toReportApiError } from './progressReports';

export type PlanState = PlanStateFragment;
export type ProgrammeBudget = NonNullable<ProgrammeBudgetsQuery['CountryProgramme']>['budgets'][number];

/** The yearly plan's review, and a programme's budget vs expenditure: the rules are the server's. */
export interface PlanMethods {
  submitImplementationPlan(id: string, version: number): Promise<PlanState>;
  approveImplementationPlan(id: string): Promise<PlanState>;
  returnImplementationPlan(id: string, reason: string): Promise<PlanState>;
  programmeBudgets(programmeId: string): Promise<ProgrammeBudget[]>;
}

export const planMethods = (client: ApolloClient<unknown>): PlanMethods => {
  const run = async <V extends Record<string, unknown>>(
    mutation:
      | typeof SubmitImplementationPlanDocument
      | typeof ApproveImplementationPlanDocument
      | typeof ReturnImplementationPlanDocument,
    variables: V,
  ): Promise<PlanState> => {
    try {
      const { data } = await client.mutate({ mutation, variables: variables as never });
      return data!.data;
    } catch (error) {
      throw toReportApiError(error);
    }
  };
  return {
    submitImplementationPlan: (id, version) => run(SubmitImplementationPlanDocument, { id, version }),
    approveImplementationPlan: (id) => run(ApproveImplementationPlanDocument, { id }),
    returnImplementationPlan: (id, reason) => run(ReturnImplementationPlanDocument, { id, reason }),
    programmeBudgets: async (programmeId) => {
      const { data } = await client.query({
        query: ProgrammeBudgetsDocument,
        variables: { id: programmeId },
        fetchPolicy: 'network-only',
      });
      return data.CountryProgramme?.budgets ?? [];
    },
  };
};
