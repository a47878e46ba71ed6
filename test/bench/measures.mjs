// The measures of issue 7, (a) to (f): each returns one row of the results table.
import ExcelJS from 'exceljs';
import { graphql, loadGraphql, login, summarize, timeSequential } from './load.mjs';
import { peakRss } from './bench-process.mjs';
import {
  COMPLIANCE_QUERY,
  COMPLIANCE_SQL,
  DASHBOARD_QUERY,
  DASHBOARD_SQL,
  dashboardSqlParameters,
  INDICATOR_LIST_QUERY,
  INDICATOR_LIST_SQL,
  RESULT_LIST_QUERY,
  RESULT_LIST_SQL,
  SUBMIT_MUTATION,
} from './queries.mjs';

const SQL_RUNS = 20;

/**
 * A read query under load, then one request at a time beside the same answer straight from
 * PostgreSQL: the ratio compares like with like, the cost the API adds to its SQL. `beforeEach`
 * runs before each of those single requests (the dashboard uses it to make its cache miss).
 */
async function readUnderLoad(context, { name, query, variables, sql, sqlParameters, sameAnswer, beforeEach }) {
  const { url, pid, admin, options, sqlClient } = context;
  const answer = await graphql(url, admin, query, variables);
  const { result: load, peakMb } = await peakRss(pid, () =>
    loadGraphql(url, {
      connections: options.connections,
      duration: options.duration,
      next: () => ({ token: admin, query, variables }),
    }),
  );
  let sqlP50 = null;
  let apiAloneP50 = null;
  let same = null;
  if (sqlClient) {
    const { rows } = await sqlClient.query(sql, sqlParameters);
    same = sameAnswer(answer, rows);
    sqlP50 = (await timeSequential(SQL_RUNS, () => sqlClient.query(sql, sqlParameters))).p50;
    const latencies = [];
    for (let run = 0; run < SQL_RUNS; run += 1) {
      if (beforeEach) await beforeEach(sqlClient);
      latencies.push((await timeSequential(1, () => graphql(url, admin, query, variables))).p50);
    }
    apiAloneP50 = summarize(latencies).p50;
  }
  return { name, ...load, peakMb, sqlP50, apiAloneP50, sameAnswer: same };
}

// Any committed write to a progress source moves the revision (migration data-revision): this is
// what a result entered anywhere does to every instance's cached dashboards.
const moveDataRevision = (sqlClient) => sqlClient.query('SELECT move_data_revision()');

export async function dashboard(context) {
  const { framework, quarter } = context.dashboardScope;
  return readUnderLoad(context, {
    name: '(a) dashboard: indicatorProgress, all offices',
    query: DASHBOARD_QUERY,
    variables: { frameworkId: String(framework.id), periodId: String(quarter.id) },
    sql: DASHBOARD_SQL,
    sqlParameters: dashboardSqlParameters(framework, quarter),
    sameAnswer: (api, rows) => api.indicatorProgress.length === rows.length,
    beforeEach: moveDataRevision,
  });
}

export async function indicatorList(context) {
  return readUnderLoad(context, {
    name: '(b) list page: 25 indicators with components',
    query: INDICATOR_LIST_QUERY,
    sql: INDICATOR_LIST_SQL,
    sqlParameters: [],
    sameAnswer: (api, rows) =>
      api.total.count === rows[0].total &&
      api.items.map((i) => i.code).join() === rows[0].items.map((i) => i.code).join(),
  });
}

export async function resultList(context) {
  return readUnderLoad(context, {
    name: '(b) list page: 25 of all results, with their parts',
    query: RESULT_LIST_QUERY,
    sql: RESULT_LIST_SQL,
    sqlParameters: [],
    sameAnswer: (api, rows) =>
      api.total.count === rows[0].total &&
      api.items.map((r) => r.id).join() === rows[0].items.map((r) => String(r.id)).join(),
  });
}

export async function compliance(context) {
  const periodIds = context.lastQuarters.map((quarter) => String(quarter.id));
  return readUnderLoad(context, {
    name: `(c) reporting compliance: all offices x ${periodIds.length} quarters`,
    query: COMPLIANCE_QUERY,
    variables: { periodIds },
    sql: COMPLIANCE_SQL,
    sqlParameters: [periodIds.map(Number)],
    sameAnswer: (api, rows) =>
      api.reportingCompliance.programmes.reduce((cells, programme) => cells + programme.cells.length, 0) ===
      rows.length,
  });
}

/** Every draft report submitted once by its own programme officer, many officers at a time. */
export async function submissions(context) {
  const { url, pid, admin, options, password } = context;
  const { offices } = await graphql(url, admin, '{ offices: allOffices(perPage: 1000) { id code } }');
  const codeOf = new Map(offices.map((office) => [office.id, office.code]));
  const drafts = [];
  for (let page = 0; ; page += 1) {
    const { reports } = await graphql(
      url,
      admin,
      `{ reports: allProgressReports(page: ${page}, perPage: 1000, filter: { status: DRAFT }) { id version officeId } }`,
    );
    drafts.push(...reports.filter((report) => codeOf.get(report.officeId) !== 'CO-IMPORT'));
    if (reports.length < 1000) break;
  }
  const tokens = new Map();
  const officeIds = [...new Set(drafts.map((report) => report.officeId))];
  // Signing in is argon2 on purpose: a few at a time, before the clock starts.
  for (let start = 0; start < officeIds.length; start += 4) {
    await Promise.all(
      officeIds.slice(start, start + 4).map(async (id) => {
        tokens.set(id, await login(url, `po-${codeOf.get(id).toLowerCase()}@example.org`, password));
      }),
    );
  }
  const queue = drafts.map((report) => ({
    token: tokens.get(report.officeId),
    query: SUBMIT_MUTATION,
    variables: { id: report.id, version: report.version },
  }));
  const { result, peakMb } = await peakRss(pid, () =>
    loadGraphql(url, { connections: options.submitConnections, amount: queue.length, next: () => queue.pop() ?? null }),
  );
  return { name: `(d) submissions: ${drafts.length} reports, ${officeIds.length} officers`, ...result, peakMb };
}

async function timedDownload(url, token, path) {
  const started = performance.now();
  const response = await fetch(`${url}${path}`, { headers: { authorization: `Bearer ${token}` } });
  const body = Buffer.from(await response.arrayBuffer());
  if (response.status !== 200) throw new Error(`${path}: ${response.status} ${body.toString().slice(0, 300)}`);
  return { ms: performance.now() - started, bytes: body.length, body };
}

export async function exports(context) {
  const { url, pid, admin, lastQuarters, dashboardScope, hqId } = context;
  const quarter = lastQuarters.at(-1);
  const km = await peakRss(pid, () =>
    timedDownload(url, admin, `/exports/km-update?officeId=${hqId}&periodId=${quarter.id}`),
  );
  const range = dashboardScope.frameworkQuarters;
  const tracking = await peakRss(pid, () =>
    timedDownload(
      url,
      admin,
      `/exports/tracking-table?frameworkId=${dashboardScope.framework.id}&fromPeriodId=${range[0].id}&toPeriodId=${range.at(-1).id}`,
    ),
  );
  const row = (name, { result, peakMb }) => ({
    name,
    p50: result.ms,
    p95: result.ms,
    count: 1,
    errors: 0,
    peakMb,
    note: `${Math.round(result.bytes / 1024)} KB`,
  });
  return [
    row('(e) quarterly KM update export (all offices)', km),
    row(`(e) tracking table export (${range.length} quarters)`, tracking),
  ];
}

/** The big report's template: downloaded, every line filled, uploaded and saved. */
export async function templateImport(context) {
  const { url, pid, password, importOffice, lastQuarters } = context;
  const token = await login(url, `po-${importOffice.code.toLowerCase()}@example.org`, password);
  const quarter = lastQuarters.at(-1);
  const download = await timedDownload(
    url,
    token,
    `/exports/report-template?officeId=${importOffice.id}&periodId=${quarter.id}`,
  );
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(download.body);
  const lines = workbook.getWorksheet('Plan items');
  for (let row = 2; row <= lines.rowCount; row += 1) {
    lines.getCell(`F${row}`).value = 'On track';
    lines.getCell(`G${row}`).value = 50;
    lines.getCell(`H${row}`).value = `Progress of line ${row - 1}, filled offline`;
  }
  const file = Buffer.from(await workbook.xlsx.writeBuffer());
  const form = new FormData();
  form.append('file', new Blob([file]), 'template.xlsx');
  const { result, peakMb } = await peakRss(pid, async () => {
    const started = performance.now();
    const response = await fetch(`${url}/imports/report-template`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}` },
      body: form,
    });
    const body = await response.json();
    if (response.status !== 200) throw new Error(`import: ${response.status} ${JSON.stringify(body).slice(0, 300)}`);
    return { ms: performance.now() - started, body };
  });
  return [
    {
      name: `(e) template export (${lines.rowCount - 1} lines)`,
      p50: download.ms,
      p95: download.ms,
      count: 1,
      errors: 0,
      note: `${Math.round(download.bytes / 1024)} KB`,
    },
    {
      name: `(f) template import (${result.body.lines} lines, ${Math.round(file.length / 1024)} KB)`,
      p50: result.ms,
      p95: result.ms,
      count: 1,
      errors: 0,
      peakMb,
    },
  ];
}
