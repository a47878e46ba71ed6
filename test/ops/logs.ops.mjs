// The API's log as an operator gets it: JSON lines on stdout, each request's id on every line
// logged while handling it (and in its x-request-id response header), no health-probe noise, and
// never a password, a token or the JWT secret.
import { parseLines } from './support/api-process.mjs';
import { assert, assertEqual, DEMO_USERS, getJson, gql, signIn } from './support/http.mjs';
import { withApiBehindProxy } from './support/proxied-api.mjs';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const WRONG_PASSWORD = 'Wrong-password-77';

export default [
  {
    name: 'logs: JSON lines, request ids on every request line and echoed, no probes, no secrets',
    run: () =>
      withApiBehindProxy(async ({ url, api, proxy, env }) => {
        const token = await signIn(url, DEMO_USERS.admin);
        const refused = await gql(
          url,
          'mutation ($p: String!) { login(email: "admin@example.org", password: $p) { token } }',
          {
            variables: { p: WRONG_PASSWORD },
          },
        );
        assert(refused.body.errors?.length === 1, 'a wrong password is refused');

        const named = await gql(url, 'query Outcomes { allOutcomes { number } }', {
          token,
          headers: { 'x-request-id': 'ops-logs-query-1' },
        });
        assertEqual(named.headers.get('x-request-id'), 'ops-logs-query-1', "the caller's request id, echoed");
        const download = await getJson(url, '/exports/tracking-table', { authorization: `Bearer ${token}` });
        const downloadId = download.headers.get('x-request-id');
        assert(UUID.test(downloadId ?? ''), `a new id otherwise: ${downloadId}`);
        const forged = await getJson(url, '/health/live', { 'x-request-id': 'x"}{"level":60' });
        assert(UUID.test(forged.headers.get('x-request-id') ?? ''), 'an id that is not a plain token is replaced');
        const probe = await getJson(url, '/health/ready', { 'x-request-id': 'ops-health-probe' });
        assertEqual(probe.headers.get('x-request-id'), 'ops-health-probe', 'probes get an id too');

        proxy.refuse(true);
        proxy.cut();
        const outage = await gql(url, '{ allOutcomes { number } }', {
          token,
          headers: { 'x-request-id': 'ops-logs-outage' },
        });
        assertEqual(outage.status, 503, 'a request while the database is away');
        proxy.refuse(false);
        assertEqual((await api.stop()).code, 0, 'stops cleanly');

        const { lines, notJson } = parseLines(api.stdout());
        assert(notJson.length === 0, `only JSON lines on stdout, not:\n${notJson.join('\n')}`);
        assertEqual(api.stderr(), '', 'nothing on stderr');
        const requestLines = lines.filter((line) => line.req);
        assert(requestLines.length >= 4, `one line per request:\n${api.stdout()}`);
        for (const line of requestLines) assert(line.requestId, `a request line without id: ${JSON.stringify(line)}`);
        const of = (id) => lines.filter((line) => line.requestId === id);
        assertEqual(
          of('ops-logs-query-1').map((line) => [line.res?.statusCode, line.operationName]),
          [[200, 'Outcomes']],
          "the named query's line",
        );
        assertEqual(
          of(downloadId).map((line) => line.req.url),
          ['/exports/tracking-table'],
          "the download's line",
        );
        // No request line for a probe. A pooled connection's later events (the cut above) may carry the
        // id of whichever request opened it, a probe included: those are not request lines.
        const probeLines = of('ops-health-probe').filter((line) => line.req || line.res);
        assertEqual(probeLines.length, 0, `health probes are not logged: ${JSON.stringify(probeLines)}`);
        const outageLines = of('ops-logs-outage');
        assert(
          outageLines.some((line) => line.context === 'GraphQL' && /database unavailable/.test(line.msg)) &&
            outageLines.some((line) => line.res?.statusCode === 503),
          `what was logged during the failed request carries its id:\n${JSON.stringify(outageLines, null, 1)}`,
        );

        const everything = api.output();
        for (const [what, secret] of [
          ['the password', DEMO_USERS.admin[1]],
          ['the wrong password', WRONG_PASSWORD],
          ['the token', token],
          ['the token signature', token.split('.')[2]],
          ['JWT_SECRET', env.JWT_SECRET],
        ]) {
          assert(!everything.includes(secret), `${what} appears in the log`);
        }
      }),
  },
];
