import type { ApolloClient } from '@apollo/client';
import {
  PublishResultsFrameworkDocument,
  UnpublishResultsFrameworkDocument,
  type FrameworkStateFragment,
} from '../generated/graphql';

export type ResultsFrameworkRecord = FrameworkStateFragment;

/** Publishing a results framework shows it to viewers; unpublishing hides it again. */
export interface FrameworkMethods {
  publishResultsFramework: (id: string) => Promise<{ data: ResultsFrameworkRecord }>;
  unpublishResultsFramework: (id: string) => Promise<{ data: ResultsFrameworkRecord }>;
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
  };
};
