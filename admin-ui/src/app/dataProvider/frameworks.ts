import type { ApolloClient } from '@apollo/client';
import {
  CopyResultsFrameworkDocument,
  PublishResultsFrameworkDocument,
  UnpublishResultsFrameworkDocument,
  type CopyResultsFrameworkMutationVariables,
  type FrameworkStateFragment,
} from '../generated/graphql';

export type ResultsFrameworkRecord = FrameworkStateFragment;

/** The new version's title, description and period; `id` is the framework it continues. */
export type NewFrameworkVersion = CopyResultsFrameworkMutationVariables;

/**
 * Publishing a results framework shows it to viewers; unpublishing hides it again. A new version
 * copies a framework for a new period.
 */
export interface FrameworkMethods {
  publishResultsFramework: (id: string) => Promise<{ data: ResultsFrameworkRecord }>;
  unpublishResultsFramework: (id: string) => Promise<{ data: ResultsFrameworkRecord }>;
  copyResultsFramework: (version: NewFrameworkVersion) => Promise<{ data: ResultsFrameworkRecord }>;
}

export const frameworkMethods = (client: ApolloClient<unknown>): FrameworkMethods => {
  const run = async (mutation: typeof PublishResultsFrameworkDocument, id: string) => {
    const { data } = await client.mutate({ mutation, variables: { id } });
    if (!data) throw new Error('ra.notification.http_error');
    return { data: data.data };
  };
  return {
    publishResultsFramework: (id) => run(PublishResultsFrameworkDocument, id),
    unpublishResultsFramework: (id) => run(UnpublishResultsFrameworkDocument, id),
    async copyResultsFramework(version) {
      const { data } = await client.mutate({ mutation: CopyResultsFrameworkDocument, variables: version });
      if (!data) throw new Error('ra.notification.http_error');
      return { data: data.data };
    },
  };
};
