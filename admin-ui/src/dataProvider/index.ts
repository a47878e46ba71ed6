import { HttpLink, from } from '@apollo/client';
import { setContext } from '@apollo/client/link/context';
import buildGraphQLProvider from 'ra-data-graphql-simple';
import { getToken } from '../authProvider';

// Every request carries the signed-in user's token; the API decides what each may see.
const withToken = setContext((_, { headers }) => {
  const token = getToken();
  return { headers: { ...headers, ...(token ? { authorization: `Bearer ${token}` } : {}) } };
});

// The schema is read on first use (ra-data-graphql-simple 5), so this is ready at once.
export const dataProvider = buildGraphQLProvider({
  clientOptions: { link: from([withToken, new HttpLink({ uri: '/graphql' })]) },
});
