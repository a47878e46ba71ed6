// GET /health/live and /health/ready, public, on the production build: ready follows the database
// (through a proxy the test cuts) and its schema.
import { assert, assertEqual, eventually, getJson } from './support/http.mjs';
import { withApiBehindProxy } from './support/proxied-api.mjs';
import { query } from './support/postgres.mjs';

const statuses = (report) =>
  Object.fromEntries(Object.entries(report.details ?? {}).map(([key, value]) => [key, value.status]));

export default [
  {
    name: 'health: live and ready answer 200 with terminus reports, without a token, as JSON (not the UI)',
    run: () =>
      withApiBehindProxy(async ({ url }) => {
        const live = await getJson(url, '/health/live');
        assertEqual([live.status, live.body.status], [200, 'ok'], 'GET /health/live');
        const ready = await getJson(url, '/health/ready');
        assertEqual([ready.status, ready.body.status], [200, 'ok'], 'GET /health/ready');
        assertEqual(statuses(ready.body), { database: 'up', migrations: 'up' }, 'ready checks');
        assert(/no-store/.test(ready.headers.get('cache-control') ?? ''), 'probes are not cached');
      }),
  },
  {
    name: 'health: ready turns 503 when the database is lost and 200 again when it is back; live stays 200',
    run: () =>
      withApiBehindProxy(async ({ url, api, proxy }) => {
        proxy.refuse(true);
        proxy.cut();
        const down = await eventually(async () => {
          const ready = await getJson(url, '/health/ready');
          return ready.status === 503 && ready;
        }, 'ready turns 503');
        assertEqual(down.body.status, 'error', 'the report says error');
        assertEqual(down.body.error?.database?.status, 'down', 'the database is down');
        assert(
          !JSON.stringify(down.body).includes('127.0.0.1'),
          'the public report does not say where the database is',
        );
        assertEqual((await getJson(url, '/health/live')).status, 200, 'live while the database is away');
        // The line may come after the answer: the log is written asynchronously, and a check past
        // its 2 s bound answers 503 before its query fails (at most DATABASE_CONNECT_TIMEOUT_MS).
        await api.waitForOutput(/not ready/, 20_000).catch((error) => {
          throw new Error(`the cause is in the log: ${error.message}`);
        });

        proxy.refuse(false);
        await eventually(async () => (await getJson(url, '/health/ready')).status === 200, 'ready again');
        assert(api.child.exitCode === null, 'the API kept running');
      }),
  },
  {
    name: 'health: ready is 503 while a migration of this build is missing from the database',
    run: () =>
      withApiBehindProxy(async ({ url, database }) => {
        const [latest] = await query(database.url, 'SELECT * FROM typeorm_migrations ORDER BY id DESC LIMIT 1');
        await query(database.url, 'DELETE FROM typeorm_migrations WHERE id = $1', [latest.id]);
        const ready = await getJson(url, '/health/ready');
        assertEqual([ready.status, statuses(ready.body)], [503, { database: 'up', migrations: 'down' }], 'ready');
        await query(database.url, 'INSERT INTO typeorm_migrations (id, timestamp, name) VALUES ($1, $2, $3)', [
          latest.id,
          latest.timestamp,
          latest.name,
        ]);
        assertEqual((await getJson(url, '/health/ready')).status, 200, 'ready once it is applied');
      }),
  },
];
