import type { ApolloClient } from '@apollo/client';
import {
  ReviseComponentTargetDocument,
  TargetRevisionsDocument,
  type ReviseComponentTargetMutationVariables,
  type TargetRevisionFieldsFragment,
} from '../generated/graphql';

export type TargetRevision = TargetRevisionFieldsFragment;
export type ReviseTargetParams = ReviseComponentTargetMutationVariables;

/** A component's target history; a revision applies from a period on, with a reason (the API checks it). */
export interface TargetMethods {
  targetRevisions: (componentId: string) => Promise<TargetRevision[]>;
  reviseComponentTarget: (params: ReviseTargetParams) => Promise<{ data: TargetRevision }>;
}

export const targetMethods = (client: ApolloClient<unknown>): TargetMethods => ({
  async targetRevisions(componentId) {
    const { data } = await client.query({
      query: TargetRevisionsDocument,
      variables: { componentId },
      fetchPolicy: 'network-only',
    });
    return data.targetRevisions;
  },
  async reviseComponentTarget(params) {
    const { data } = await client.mutate({ mutation: ReviseComponentTargetDocument, variables: params });
    if (!data) throw new Error('ra.notification.http_error');
    return { data: data.reviseComponentTarget };
  },
});
