import type { AddressInfo } from 'node:net';
import { createRequire } from 'node:module';
import type { DataProvider } from 'ra-core';
import type { TestApp } from '#test/utils/test-app.js';

// The interface's own copies of the provider and of Apollo client, as admin-ui resolves them.
const uiRequire = createRequire(new URL('../../../admin-ui/package.json', import.meta.url));

/** What ra-data-graphql read from the schema: the resources it found and every type. */
export interface ProviderIntrospection {
  resources: { type: { name: string; fields: { name: string }[] } }[];
  types: { name: string; inputFields?: { name: string }[] | null }[];
}

export type RaDataProvider = DataProvider & { getIntrospection(): Promise<ProviderIntrospection> };

/** Starts the test app listening on a free local port (once) and returns its GraphQL address. */
export async function graphqlUrl(t: TestApp): Promise<string> {
  const server = t.app.getHttpServer();
  if (!server.listening) await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
}

// The schema the UI carries (codegen's introspection output of api/schema.graphql): it never asks the server.
const uiIntrospection = uiRequire('./src/app/generated/introspection.json') as { __schema: unknown };

/**
 * ra-data-graphql-simple built as admin-ui/src/app/dataProvider does (with the committed schema),
 * on an Apollo client set up as admin-ui/src/app/dataProvider/client.ts sets it up (an InMemoryCache,
 * which adds `__typename` to every selection, and no caching), signed in with `token`.
 */
export function raDataProvider(url: string, token: string): RaDataProvider {
  const { ApolloClient, HttpLink, InMemoryCache } = uiRequire('@apollo/client');
  const buildGraphQLProvider = uiRequire('ra-data-graphql-simple').default;
  const client = new ApolloClient({
    link: new HttpLink({ uri: url, fetch, headers: { authorization: `Bearer ${token}` } }),
    cache: new InMemoryCache(),
    defaultOptions: {
      query: { fetchPolicy: 'no-cache' },
      watchQuery: { fetchPolicy: 'no-cache' },
      mutate: { fetchPolicy: 'no-cache' },
    },
  });
  return buildGraphQLProvider({ client, introspection: { schema: uiIntrospection.__schema } }) as RaDataProvider;
}
