// npm run bench [-- --scale small|default] [--seed 2009] [--duration 10] [--write]
// Loads a synthetic organization into DATABASE_URL (or a fresh embedded database), starts the
// API and measures it over loopback; prints a Markdown table and, with --write, puts it with the
// machine description and the query plans into docs/performance.md. It asserts nothing about speed.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { ROOT } from '../support/app-process.mjs';
import { benchEnv, currentRssMb, startApi, stopApi } from './bench-process.mjs';
import { graphql, login } from './load.mjs';
import { compliance, dashboard, exports, indicatorList, resultList, submissions, templateImport } from './measures.mjs';
import { explainPlans, markdownTable, writePerformanceDoc } from './report.mjs';
import { COMPLIANCE_SQL, DASHBOARD_SQL, dashboardSqlParameters, RESULT_LIST_SQL } from './queries.mjs';
import { hostileProbes } from './probes.mjs';
import { startupTimes } from './startup.mjs';

const { values } = parseArgs({
  options: {
    scale: { type: 'string', default: 'default' },
    seed: { type: 'string', default: '2009' },
    duration: { type: 'string', default: '10' },
    connections: { type: 'string', default: '10' },
    'submit-connections': { type: 'string', default: '20' },
    write: { type: 'boolean', default: false },
  },
});
const options = {
  scale: values.scale,
  duration: Number(values.duration),
  connections: Number(values.connections),
  submitConnections: Number(values['submit-connections']),
};
const PASSWORD = 'Bench-password-2009';

function run(command, args, env) {
  const started = Date.now();
  const result = spawnSync(command, args, { cwd: ROOT, env, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed:\n${result.stdout}\n${result.stderr}`);
  return { ms: Date.now() - started, output: result.stdout + result.stderr };
}

const dataDir = mkdtempSync(join(tmpdir(), 'roap-bench-'));
const baseEnv = { ...process.env, DATA_DIR: dataDir };
delete baseEnv.LOAD_DEMO_DATA;
let api;
let sqlClient;
try {
  console.log(
    `Benchmark at scale "${options.scale}" on ${process.env.DATABASE_URL ? 'DATABASE_URL' : 'the embedded database'}`,
  );
  const build = run('npm', ['run', 'build'], baseEnv);
  const generation = run(
    process.execPath,
    ['api/dist/cli/generate-synthetic.js', '--scale', options.scale, '--seed', values.seed],
    baseEnv,
  );
  const summary = JSON.parse(/Generated (\{.*\})/.exec(generation.output)[1]);
  console.log(`  data: ${JSON.stringify(summary)} in ${(generation.ms / 1000).toFixed(1)} s`);

  const apiEnv = await benchEnv(baseEnv);
  api = startApi(apiEnv);
  const { url } = await api.ready;
  const admin = await login(url, 'bench-admin@example.org', PASSWORD);
  const { frameworks, quarters, offices } = await graphql(
    url,
    admin,
    `
      {
        frameworks: allResultsFrameworks(perPage: 100, sortField: "startDate", sortOrder: "ASC") {
          id
          startDate
          endDate
        }
        quarters: allReportingPeriods(
          perPage: 1000
          filter: { kind: QUARTER }
          sortField: "startDate"
          sortOrder: "ASC"
        ) {
          id
          code
          startDate
          endDate
        }
        offices: allOffices(perPage: 1000, filter: { code: "CO-IMPORT" }) {
          id
          code
        }
      }
    `,
  );
  const { offices: hq } = await graphql(url, admin, '{ offices: allOffices(filter: { code: "HQ" }) { id } }');
  // The latest framework and its last quarter: the fullest dashboard.
  const framework = frameworks.at(-1);
  const frameworkQuarters = quarters.filter(
    (q) => q.startDate >= framework.startDate && q.endDate <= framework.endDate,
  );
  const context = {
    url,
    pid: api.child.pid,
    admin,
    options,
    password: PASSWORD,
    hqId: hq[0].id,
    importOffice: offices[0],
    lastQuarters: quarters.slice(-8),
    dashboardScope: {
      framework: { ...framework, id: Number(framework.id) },
      quarter: { ...frameworkQuarters.at(-1), id: Number(frameworkQuarters.at(-1).id) },
      frameworkQuarters,
    },
  };
  if (process.env.DATABASE_URL) {
    sqlClient = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await sqlClient.connect();
    context.sqlClient = sqlClient;
  }

  const rows = [];
  for (const measure of [
    dashboard,
    indicatorList,
    resultList,
    compliance,
    exports,
    templateImport,
    submissions,
    hostileProbes,
  ]) {
    if (measure === exports) {
      // The read load above leaves V8's heap grown to its high-water mark; an export's peak is
      // measured from a freshly started API, and the size the loaded process had is shown beside.
      rows.push({ name: 'API process after the read load tests (resident size)', peakMb: currentRssMb(api.child.pid) });
      await stopApi(api);
      api = startApi(apiEnv);
      context.url = (await api.ready).url;
      context.pid = api.child.pid;
    }
    const measured = await measure(context);
    for (const row of [measured].flat()) {
      rows.push(row);
      console.log(`  ${row.name}: p50 ${row.p50?.toFixed(1)} ms, p95 ${row.p95?.toFixed(1)} ms, errors ${row.errors}`);
    }
  }
  let plans = [];
  let postgres;
  if (sqlClient) {
    postgres = (await sqlClient.query('SHOW server_version')).rows[0].server_version;
    postgres = `PostgreSQL ${postgres}`;
    plans = await explainPlans(sqlClient, [
      {
        name: '(a) dashboard (the progress statement)',
        sql: DASHBOARD_SQL,
        parameters: dashboardSqlParameters(context.dashboardScope.framework, context.dashboardScope.quarter),
      },
      { name: '(b) results list page', sql: RESULT_LIST_SQL, parameters: [] },
      {
        name: '(c) reporting compliance',
        sql: COMPLIANCE_SQL,
        parameters: [context.lastQuarters.map((q) => Number(q.id))],
      },
    ]);
    await sqlClient.end();
  }
  sqlClient = undefined;
  await stopApi(api);
  api = undefined;

  const startup = await startupTimes();

  rows.push(...startup);
  const table = markdownTable(rows, options.scale);
  console.log(`\n${table}`);
  if (values.write) {
    await writePerformanceDoc({
      table,
      summary,
      options,
      generationMs: generation.ms,
      buildMs: build.ms,
      plans,
      postgres,
    });
    console.log('docs/performance.md updated');
  }
} catch (error) {
  console.error(`Benchmark failed: ${error.stack ?? error.message}`);
  if (api) console.error(api.output().slice(-3000));
  process.exitCode = 1;
} finally {
  if (sqlClient) await sqlClient.end().catch(() => undefined);
  if (api) await stopApi(api);
  rmSync(dataDir, { recursive: true, force: true });
}
