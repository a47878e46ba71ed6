import { gql, type ApolloClient } from '@apollo/client';

export interface ResultsFrameworkRecord {
  id: string;
  title: string;
  publishedAt?: string | null;
}

/** Publishing a results framework shows it to viewers; unpublishing hides it again. */
export interface FrameworkMethods {
  publishResultsFramework: (id: string) => Promise<{ data: ResultsFrameworkRecord }>;
  unpublishResultsFramework: (id: string) => Promise<{ data: ResultsFrameworkRecord }>;
}

const PUBLISH = gql`
  mutation publishResultsFramework($id: ID!) {
    data: publishResultsFramework(id: $id) {
      id
      title
      publishedAt
    }
  }
`;

const UNPUBLISH = gql`
  mutation unpublishResultsFramework($id: ID!) {
    data: unpublishResultsFramework(id: $id) {
      id
      title
      publishedAt
    }
  }
`;

export const frameworkMethods = (client: ApolloClient<unknown>): FrameworkMethods => {
  const run = async (mutation: typeof PUBLISH, id: string) => {
    const { data } = await client.mutate<{ data: ResultsFrameworkRecord }>({ mutation, variables: { id } });
    if (!data) throw new Error('ra.notification.http_error');
    return { data: data.data };
  };
  return {
    publishResultsFramework: (id) => run(PUBLISH, id),
    unpublishResultsFramework: (id) => run(UNPUBLISH, id),
  };
};
