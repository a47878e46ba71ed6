// npm run db:backup / db:restore, as their npm scripts run them once the API is built
// (support/api-files.mjs): a round trip on a PostgreSQL server database (DATABASE_URL) and one on
// the embedded database (DATA_DIR), plus the refusals.
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { graphql, signInOverApi, DEMO_USERS } from '../requests/graphql.mjs';
import { freePort } from '../support/app-process.mjs';
import { startApi } from './support/api-process.mjs';
import { runCli } from './support/commands.mjs';
import { createDemoDatabase } from './support/demo-database.mjs';
import { query, SERVER_URL } from './support/postgres.mjs';
import { assertNoPasswordLeak, passwordLeaks } from './support/secrets.mjs';

function expectSuccess({ code, output }, what) {
  if (code !== 0) throw new Error(`${what} exited with ${code}:\n${output}`);
  return output;
}

function expectRefusal({ code, output }, what, pattern) {
  if (code === 0) throw new Error(`${what} succeeded but should have refused:\n${output}`);
  if (!pattern.test(output)) throw new Error(`${what} did not say ${pattern}:\n${output}`);
}

/** The environment of the embedded database in `dataDir`: no DATABASE_URL. */
async function embeddedEnv(dataDir) {
  const env = { ...process.env, DATA_DIR: dataDir, PORT: String(await freePort()), NODE_ENV: 'development' };
  for (const name of ['DATABASE_URL', 'DATABASE_POOL_SIZE', 'LOAD_DEMO_DATA', 'JWT_SECRET']) delete env[name];
  return env;
}

async function withTempDir(work) {
  const dir = mkdtempSync(join(tmpdir(), 'roap-ops-backup-'));
  try {
    return await work(dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** What must come back after a restore: every row of a few tables, hashed. */
const FINGERPRINT = `SELECT (SELECT count(*) FROM office) AS offices,
  (SELECT count(*) FROM indicator_result) AS results,
  (SELECT md5(string_agg(o::text, '|' ORDER BY id)) FROM office o) AS office_rows,
  (SELECT md5(string_agg(r::text, '|' ORDER BY id)) FROM indicator_result r) AS result_rows,
  (SELECT md5(string_agg(u::text, '|' ORDER BY id)) FROM app_user u) AS user_rows`;

/**
 * `databaseUrl` with a password to look for in the output: its own (from DATABASE_URL), else a
 * made-up one, which the test server ignores as it trusts local connections (.ci/run).
 */
function withPassword(databaseUrl) {
  const url = new URL(databaseUrl);
  if (!url.password) url.password = 'ops-test-password';
  return { databaseUrl: url.toString(), password: decodeURIComponent(url.password) };
}

async function serverRoundTrip() {
  const database = await createDemoDatabase('roap_ops_backup');
  const { databaseUrl, password } = withPassword(database.url);
  const env = { ...process.env, DATABASE_URL: databaseUrl };
  try {
    const [before] = await query(databaseUrl, FINGERPRINT);
    if (Number(before.offices) === 0 || Number(before.results) === 0) {
      throw new Error(`the demo data did not load: ${JSON.stringify(before)}`);
    }
    await withTempDir(async (dir) => {
      const file = join(dir, 'server.dump');
      const backup = expectSuccess(await runCli('backup', ['--file', file], env), 'db:backup');
      if (!readFileSync(file).subarray(0, 5).equals(Buffer.from('PGDMP'))) {
        throw new Error('the backup is not in pg_dump custom format');
      }
      await query(databaseUrl, `UPDATE office SET name = 'Renamed after the backup'; DELETE FROM indicator_result`);
      const [changed] = await query(databaseUrl, FINGERPRINT);
      if (changed.office_rows === before.office_rows || Number(changed.results) !== 0) {
        throw new Error('the change after the backup did not take');
      }
      const [{ revision: seen }] = await query(databaseUrl, 'SELECT revision FROM data_revision');
      const restore = expectSuccess(await runCli('restore', ['--file', file], env), 'db:restore');
      const [after] = await query(databaseUrl, FINGERPRINT);
      // Instances keep figures per data revision (docs/adr/0008): the restored one must be new to them.
      const [{ revision: restored }] = await query(databaseUrl, 'SELECT revision FROM data_revision');
      if (!(BigInt(restored) > BigInt(seen))) {
        throw new Error(`the data revision went back from ${seen} to ${restored} with the restore`);
      }
      if (JSON.stringify(after) !== JSON.stringify(before)) {
        throw new Error(`restored data differ: ${JSON.stringify(before)} then ${JSON.stringify(after)}`);
      }
      for (const [what, output] of Object.entries({ 'db:backup': backup, 'db:restore': restore })) {
        assertNoPasswordLeak(output, password, what);
        if (!output.includes(':***@')) throw new Error(`${what} did not show the masked DATABASE_URL:\n${output}`);
      }
    });
  } finally {
    await database.drop();
  }
}

/** What the server round trip's check must and must not call a leak, with a common and a rare password. */
function checkLeakDetection() {
  const masked = (password) =>
    `Backing up postgres://postgres:***@127.0.0.1:5432/roap_ops_backup with pg_dump\n` +
    `pg_restore: connecting to database "postgres" as user "postgres" (password: ${'*'.repeat(password.length)})`;
  const leaking = (password) => [
    `Backing up postgres://postgres:${encodeURIComponent(password)}@127.0.0.1:5432/roap with pg_dump`,
    `pg_dump: error: connection to "host=127.0.0.1 user=postgres password=${password} dbname=roap" failed`,
    `PGPASSWORD=${password} pg_dump --dbname=postgres://postgres@127.0.0.1:5432/roap`,
    `{ PATH: '/usr/bin', PGPASSWORD: '${password}', HOME: '/root' }`,
    `{"env":{"DATABASE_URL":"postgres://roap:${encodeURIComponent(password)}@db/roap"}}`,
  ];
  for (const password of ['postgres', 'S3cret-XYZ', 'p@ss/w:rd %1']) {
    const found = passwordLeaks(masked(password), password);
    if (found.length > 0) throw new Error(`a masked output called a leak (${password}): ${found.join('; ')}`);
    for (const output of leaking(password)) {
      if (passwordLeaks(output, password).length === 0) throw new Error(`a leak not found: ${output}`);
    }
  }
  if (passwordLeaks('the password is S3cret-XYZ', 'S3cret-XYZ').length === 0) {
    throw new Error('a password that is not a plain word is not found on its own');
  }
}

async function startEmbedded(env) {
  const api = startApi(env);
  try {
    const url = await api.ready;
    return { api, url, token: await signInOverApi(url, ...DEMO_USERS.admin) };
  } catch (error) {
    await api.stop();
    throw error;
  }
}

/** Writes a result for the n-th demo component; returns its id. */
async function writeResult({ url, token }, n) {
  const ids = (
    await graphql(
      url,
      token,
      '{ allIndicatorComponents(perPage: 2) { id } allReportingPeriods(filter: { code: "2009-Q2" }) { id } allOffices(filter: { code: "ROAP" }) { id } }',
    )
  ).data;
  const mutation =
    'mutation ($c: ID!, $p: ID!, $o: ID!) { createIndicatorResult(componentId: $c, periodId: $p, officeId: $o, value: 7) { id } }';
  const variables = { c: ids.allIndicatorComponents[n].id, p: ids.allReportingPeriods[0].id, o: ids.allOffices[0].id };
  return (await graphql(url, token, mutation, variables)).data.createIndicatorResult.id;
}

const resultExists = async ({ url, token }, id) =>
  (await graphql(url, token, 'query ($id: ID!) { IndicatorResult(id: $id) { id } }', { id })).data.IndicatorResult !==
  null;

async function embeddedRoundTrip() {
  await withTempDir(async (dir) => {
    const dataDir = join(dir, 'data');
    const file = join(dir, 'embedded.tar.gz');
    const env = await embeddedEnv(dataDir);
    let running = await startEmbedded(env);
    try {
      // Written before the backup, so that a fresh demo database cannot pass for the restored one.
      const kept = await writeResult(running, 0);
      expectRefusal(await runCli('backup', ['--file', file], env), 'db:backup while the API runs', /in use by/);
      if (existsSync(file)) throw new Error('a refused backup left a file');
      await running.api.stop();

      expectSuccess(await runCli('backup', ['--file', file], env), 'db:backup');
      running = await startEmbedded(env);
      const undone = await writeResult(running, 1);
      expectRefusal(await runCli('restore', ['--file', file], env), 'db:restore while the API runs', /in use by/);
      if (!(await resultExists(running, undone))) throw new Error('a refused restore changed the data');
      await running.api.stop();

      expectSuccess(await runCli('restore', ['--file', file], env), 'db:restore');
      const aside = readdirSync(dir).filter((entry) => entry.startsWith('data.before-restore-'));
      if (aside.length !== 1) throw new Error(`the previous data directory was not kept aside: ${readdirSync(dir)}`);
      running = await startEmbedded(env);
      if (!(await resultExists(running, kept))) throw new Error('the result written before the backup is gone');
      if (await resultExists(running, undone)) throw new Error('the result written after the backup is still there');
    } finally {
      await running.api.stop();
    }
  });
}

export default [
  {
    name: 'db:restore without --file refuses and changes nothing',
    run: () =>
      withTempDir(async (dir) => {
        const dataDir = join(dir, 'data');
        expectRefusal(await runCli('restore', [], await embeddedEnv(dataDir)), 'db:restore', /--file <path>/);
        if (existsSync(dataDir)) throw new Error('a refused restore touched DATA_DIR');
      }),
  },
  {
    name: 'db:restore names a backup file that is not there',
    run: () =>
      withTempDir(async (dir) => {
        const missing = join(dir, 'no-such-backup.dump');
        const env = { ...process.env, DATABASE_URL: SERVER_URL };
        expectRefusal(await runCli('restore', ['--file', missing], env), 'db:restore', /Backup file not found/);
      }),
  },
  {
    name: 'db:backup says pg_dump is missing when it is not on the PATH, and leaves no file',
    run: () =>
      withTempDir(async (dir) => {
        const file = join(dir, 'x.dump');
        const env = { ...process.env, PATH: dir, DATABASE_URL: SERVER_URL };
        expectRefusal(await runCli('backup', ['--file', file], env), 'db:backup', /pg_dump was not found/);
        if (readdirSync(dir).length !== 0) throw new Error(`a failed backup left ${readdirSync(dir)}`);
      }),
  },
  {
    name: 'db:backup without DATABASE_URL refuses a DATA_DIR that holds no database',
    run: () =>
      withTempDir(async (dir) => {
        const env = await embeddedEnv(join(dir, 'empty'));
        const result = await runCli('backup', ['--file', join(dir, 'x.tar.gz')], env);
        expectRefusal(result, 'db:backup', /No embedded database in/);
      }),
  },
  {
    name: 'server mode: db:restore brings back data changed and deleted after db:backup; no password shown',
    run: serverRoundTrip,
  },
  {
    name: 'the password check finds a password where it leaks, and not the word "postgres" in a masked URL',
    run: async () => checkLeakDetection(),
  },
  {
    name: 'embedded mode: both refuse while the API runs; db:restore undoes a change made after db:backup',
    run: embeddedRoundTrip,
  },
];
