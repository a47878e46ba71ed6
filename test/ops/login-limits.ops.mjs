// Sign-in limits hold across API instances: two processes on one database count the same attempts
// (docs/adr/0005-login-rate-limiter.md), so a load balancer does not multiply them.
import { assertEqual, DEMO_USERS, gql } from './support/http.mjs';
import { apiEnv, startApi } from './support/api-process.mjs';
import { withApiBehindProxy } from './support/proxied-api.mjs';

const LOGIN = 'mutation ($email: String!, $password: String!) { login(email: $email, password: $password) { token } }';

export default [
  {
    name: 'sign-in limits: two instances on one database count the same attempts, whichever gets them',
    run: () =>
      withApiBehindProxy(async ({ url: first, database }) => {
        const { env, cleanUp } = await apiEnv(database.url);
        const secondApi = startApi(env);
        try {
          const second = await secondApi.ready;
          const [email] = DEMO_USERS.po;
          const codes = [];
          // Five attempts per email address in a window (the default), spread over both instances.
          for (const url of [first, second, first, second, first, second]) {
            const { body } = await gql(url, LOGIN, { variables: { email, password: 'wrong-password-0' } });
            codes.push(body.errors?.[0]?.extensions?.code);
          }
          assertEqual(
            codes,
            [...Array(5).fill('UNAUTHENTICATED'), 'TOO_MANY_REQUESTS'],
            'the sixth attempt is refused, by the instance that did not see the other three',
          );
        } finally {
          await secondApi.kill();
          cleanUp();
        }
      }),
  },
];
