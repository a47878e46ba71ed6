// The database lost while the API runs (connections cut, new ones refused, as in a restart of
// PostgreSQL): requests that need it answer 503 SERVICE_UNAVAILABLE, the process survives, and once
// the database is back the pool reconnects and the same requests succeed.
import { assert, assertEqual, DEMO_USERS, eventually, getJson, gql, signIn } from './support/http.mjs';
import { withApiBehindProxy } from './support/proxied-api.mjs';

const OUTCOMES = '{ allOutcomes { number } }';

export default [
  {
    name: 'database lost: GraphQL and downloads answer 503 SERVICE_UNAVAILABLE, no crash, recovery when it returns',
    run: () =>
      withApiBehindProxy(async ({ url, api, proxy }) => {
        const token = await signIn(url, DEMO_USERS.admin);
        const before = await gql(url, OUTCOMES, { token });
        // The demo's six outcomes, in the published 2008-09 strategy and in its draft 2010-11 version.
        assertEqual([before.status, before.body.data?.allOutcomes.length], [200, 12], 'reads before the loss');

        proxy.refuse(true);
        proxy.cut();
        const query = await gql(url, OUTCOMES, { token });
        assertEqual(query.status, 503, `a query's HTTP status (${JSON.stringify(query.body)})`);
        assertEqual(query.body.errors?.[0]?.extensions?.code, 'SERVICE_UNAVAILABLE', 'its GraphQL error code');
        assert(/database is unavailable/.test(query.body.errors[0].message), 'a message that says why');
        const login = await gql(url, 'mutation { login(email: "admin@example.org", password: "x") { token } }');
        assertEqual([login.status, login.body.errors?.[0]?.extensions?.code], [503, 'SERVICE_UNAVAILABLE'], 'login');
        const download = await getJson(url, '/exports/tracking-table', { authorization: `Bearer ${token}` });
        assertEqual([download.status, download.body.code], [503, 'SERVICE_UNAVAILABLE'], 'a download');
        assertEqual((await getJson(url, '/health/live')).status, 200, 'the process is alive');

        proxy.refuse(false);
        const after = await eventually(async () => {
          const response = await gql(url, OUTCOMES, { token });
          return response.status === 200 && response;
        }, 'queries succeed again');
        assertEqual(after.body.data.allOutcomes, before.body.data.allOutcomes, 'reads after recovery');
        assertEqual((await getJson(url, '/health/ready')).status, 200, 'ready after recovery');
        assertEqual((await api.stop()).code, 0, 'stops cleanly after the episode');
      }),
  },
];
