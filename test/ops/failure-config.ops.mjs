// Start-up failures: a wrong or missing setting, a database that cannot be reached. The API must
// stop with a non-zero exit code and a message naming what is wrong, and never print a password.
import { freePort } from '../support/app-process.mjs';
import { apiEnv, parseLines, runApiToExit, startApi } from './support/api-process.mjs';
import { startPgProxy } from './support/pg-proxy.mjs';
import { createDemoDatabase } from './support/demo-database.mjs';
import { assert, getJson } from './support/http.mjs';

/** A port nothing listens on, and no other test is given (freePort hands a port out once). */
const closedPort = freePort;

/** The API started with `overrides` exits non-zero, every line of its output JSON, one fatal line matching `message`. */
async function refusesToStart(overrides, message) {
  const { env, cleanUp } = await apiEnv(undefined, overrides);
  try {
    const { code, output, stdout } = await runApiToExit(env);
    assert(code !== 0 && code !== null, `exits non-zero (exit code ${code}):\n${output}`);
    const { lines, notJson } = parseLines(stdout);
    assert(notJson.length === 0, `logs only JSON lines, not:\n${notJson.join('\n')}`);
    const fatal = lines.filter((line) => line.level === 60);
    assert(fatal.length === 1 && message.test(fatal[0].msg), `one fatal line says ${message}:\n${output}`);
    return output;
  } finally {
    cleanUp();
  }
}

export default [
  {
    name: 'config: PORT=abc stops start-up, naming PORT',
    run: () => refusesToStart({ PORT: 'abc' }, /Invalid environment configuration:\n\s+PORT="abc"/),
  },
  {
    name: 'config: LOG_LEVEL=loud stops start-up, naming LOG_LEVEL and the levels allowed',
    run: () => refusesToStart({ LOG_LEVEL: 'loud' }, /LOG_LEVEL="loud": LOG_LEVEL must be one of .*silent/),
  },
  {
    name: 'config: production without JWT_SECRET stops start-up, naming JWT_SECRET',
    run: () => refusesToStart({ JWT_SECRET: undefined }, /JWT_SECRET must be set in production/),
  },
  {
    name: 'config: several wrong variables are named together',
    run: () =>
      refusesToStart(
        { DATABASE_CONNECT_RETRIES: 'many', SHUTDOWN_TIMEOUT_MS: '-5' },
        /DATABASE_CONNECT_RETRIES="many".*\n.*SHUTDOWN_TIMEOUT_MS=/,
      ),
  },
  {
    name: 'database unreachable at start: retries as configured, names host:port, never the password, exits 1',
    async run() {
      const port = await closedPort();
      const output = await refusesToStart(
        {
          DATABASE_URL: `postgres://roap:Not-in-the-logs-42@127.0.0.1:${port}/roap`,
          DATABASE_CONNECT_RETRIES: '2',
          DATABASE_CONNECT_RETRY_DELAY_MS: '50',
        },
        new RegExp(`cannot connect to PostgreSQL at 127\\.0\\.0\\.1:${port}/roap after 3 attempt`),
      );
      const retries = parseLines(output).lines.filter((line) => /retry \d of 2/.test(line.msg ?? ''));
      assert(retries.length === 2, `logs each of the 2 retries:\n${output}`);
      assert(!output.includes('Not-in-the-logs-42'), `never logs the password:\n${output}`);
    },
  },
  {
    name: 'database late at start: the API keeps retrying and starts once it answers',
    async run() {
      const database = await createDemoDatabase();
      const proxy = await startPgProxy(database.url);
      proxy.refuse(true);
      const { env, cleanUp } = await apiEnv(proxy.urlFor(database.url), {
        DATABASE_CONNECT_RETRIES: '100',
        DATABASE_CONNECT_RETRY_DELAY_MS: '100',
      });
      const api = startApi(env);
      try {
        await api.waitForOutput(/retry 2 of 100/);
        proxy.refuse(false);
        const url = await api.ready;
        const ready = await getJson(url, '/health/ready');
        assert(ready.status === 200, `ready once started: ${ready.status} ${JSON.stringify(ready.body)}`);
        assert((await api.stop()).code === 0, 'stops cleanly');
      } finally {
        await api.kill();
        await proxy.close();
        await database.drop();
        cleanUp();
      }
    },
  },
];
