import { ApolloClient, HttpLink, InMemoryCache, from } from '@apollo/client';
import { setContext } from '@apollo/client/link/context';
import { getToken } from '../authProvider';

// Every request carries the signed-in user's token; the API decides what each may see.
const withToken = setContext((_, { headers }) => {
  const token = getToken();
  return { headers: { ...headers, ...(token ? { authorization: `Bearer ${token}` } : {}) } };
});

/** One Apollo client for the generated CRUD methods and the custom workflow and dashboard methods. */
export const apolloClient = new ApolloClient({
  link: from([withToken, new HttpLink({ uri: '/graphql' })]),
  cache: new InMemoryCache(),
  // react-admin caches answers itself (react-query), and figures change with every save and
  // review: Apollo keeps nothing, so there is one cache to reason about.
  defaultOptions: {
    query: { fetchPolicy: 'no-cache' },
    watchQuery: { fetchPolicy: 'no-cache' },
    mutate: { fetchPolicy: 'no-cache' },
  },
});
