// Talks to the API the way the browser does, to seed or read state around browser scenarios.
export async function signInOverApi(url, email, password) {
  const { data } = await graphql(
    url,
    null,
    'mutation ($e: String!, $p: String!) { login(email: $e, password: $p) { token } }',
    {
      e: email,
      p: password,
    },
  );
  return data.login.token;
}

export async function graphql(url, token, query, variables = {}) {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = await response.json();
  if (body.errors?.length) throw new Error(`GraphQL: ${body.errors.map((error) => error.message).join('; ')}`);
  return body;
}

export const DEMO_USERS = {
  admin: ['admin@example.org', 'Decent-work-2009'],
  manager: ['manager@example.org', 'Bangkok-roap-2009'],
  km: ['km@example.org', 'Sharing-knowledge-2009'],
  po: ['dhaka.po@example.org', 'Bangladesh-co-2009'],
  viewer: ['viewer@example.org', 'Donor-reads-2009'],
};
