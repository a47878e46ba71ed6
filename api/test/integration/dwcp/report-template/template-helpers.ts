import ExcelJS from 'exceljs';
import request from 'supertest';
import { DemoDataLoader } from '#src/datasets/demo/demo-data.loader.js';
import { DEMO_USERS } from '#src/datasets/demo/data/users.data.js';
import { dataOf } from '#test/utils/expect-graphql.js';
import type { TestApp } from '#test/utils/test-app.js';

export const binary = (response: request.Response, callback: (error: Error | null, body: Buffer) => void) => {
  const chunks: Buffer[] = [];
  response.on('data', (chunk: Buffer) => chunks.push(chunk));
  response.on('end', () => callback(null, Buffer.concat(chunks)));
};

export interface TemplateFixture {
  po: string;
  ids: { dhaka: string; jakarta: string; q2: string; q3: string; programme: string; report: string };
}

export async function login(t: TestApp, email: string): Promise<string> {
  const password = DEMO_USERS.find((user) => user.email === email)!.password;
  const response = await t.gql<{ login: { token: string } }>(
    `mutation { login(email: "${email}", password: "${password}") { token } }`,
    undefined,
    null,
  );
  return dataOf(response).login.token;
}

/**
 * The demo data, and Dhaka's programme officer with a fresh 2009-Q3 draft of Bangladesh's report;
 * `beforeReport` adds to the data first (the report's lines are the plan items under way).
 */
export async function templateFixture(
  t: TestApp,
  beforeReport?: (po: string, ids: { programme: string }) => Promise<void>,
): Promise<TemplateFixture> {
  await t.app.get(DemoDataLoader).loadIntoEmptyDatabase();
  const po = await login(t, 'dhaka.po@example.org');
  const data = dataOf(
    await t.gql<{
      allCountryProgrammes: { id: string }[];
      allReportingPeriods: { id: string; code: string }[];
      allOffices: { id: string; code: string }[];
    }>(
      `{ allCountryProgrammes(filter: { countryCode: "BGD" }) { id } allReportingPeriods(perPage: 200) { id code }
         allOffices(perPage: 100) { id code } }`,
    ),
  );
  const period = (code: string) => data.allReportingPeriods.find((p) => p.code === code)!.id;
  const office = (code: string) => data.allOffices.find((o) => o.code === code)!.id;
  const programme = data.allCountryProgrammes[0]!.id;
  await beforeReport?.(po, { programme });
  const created = dataOf(
    await t.gql<{ createProgressReport: { id: string } }>(
      `mutation { createProgressReport(programmeId: "${programme}", periodId: "${period('2009-Q3')}") { id } }`,
      undefined,
      po,
    ),
  );
  return {
    po,
    ids: {
      dhaka: office('CO-DHAKA'),
      jakarta: office('CO-JAKARTA'),
      q2: period('2009-Q2'),
      q3: period('2009-Q3'),
      programme,
      report: created.createProgressReport.id,
    },
  };
}

export function downloadTemplate(t: TestApp, query: string, token: string | null) {
  const call = request(t.app.getHttpServer()).get(`/exports/report-template${query}`).buffer(true).parse(binary);
  return token ? call.set('authorization', `Bearer ${token}`) : call;
}

export async function templateWorkbook(t: TestApp, officeId: string, periodId: string, token: string, language = '') {
  const query = `?officeId=${officeId}&periodId=${periodId}${language ? `&language=${language}` : ''}`;
  const response = await downloadTemplate(t, query, token);
  if (response.status !== 200) throw new Error(`template download: ${response.status} ${String(response.body)}`);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(response.body as ArrayBuffer);
  return workbook;
}

export function uploadTemplate(
  t: TestApp,
  file: Buffer,
  token: string | null,
  fileName = 'CO-DHAKA-report-2009-Q3.xlsx',
) {
  const call = request(t.app.getHttpServer()).post('/imports/report-template').attach('file', file, fileName);
  return token ? call.set('authorization', `Bearer ${token}`) : call;
}

export const toBuffer = async (workbook: ExcelJS.Workbook) => Buffer.from(await workbook.xlsx.writeBuffer());

/** Everything a template import could change: equal before and after means nothing was written. */
export async function reportingState(t: TestApp): Promise<unknown> {
  const [row] = (await t.dataSource.query(`SELECT
    (SELECT json_agg(r ORDER BY r.id) FROM (SELECT id, version, status, achievements, challenges, next_steps FROM progress_report) r) AS reports,
    (SELECT json_agg(l ORDER BY l.id) FROM (SELECT id, status, percent_complete, narrative, challenges FROM progress_report_line) l) AS lines,
    (SELECT json_agg(x ORDER BY x.id) FROM (SELECT id, value, narrative, milestone_status, disaggregations FROM indicator_result) x) AS results,
    (SELECT count(*) FROM audit_entry WHERE entity_type IN ('ProgressReport', 'ProgressReportLine', 'IndicatorResult')) AS audits`)) as unknown[];
  return row;
}

export interface StoredReport {
  achievements: string | null;
  lines: Record<string, { status: string; percentComplete: number | null; narrative: string | null }>;
  results: Record<string, { value: number | null; narrative: string | null }>;
}

/** A report as stored, its lines by plan item code and its results by indicator part ("4.1 (ii)" as "4.1 2"). */
export async function storedReport(t: TestApp, reportId: string): Promise<StoredReport> {
  const [report] = (await t.dataSource.query('SELECT achievements FROM progress_report WHERE id = $1', [
    Number(reportId),
  ])) as { achievements: string | null }[];
  const lines = (await t.dataSource.query(
    `SELECT item.code, l.status, l.percent_complete::float8 AS "percentComplete", l.narrative
       FROM progress_report_line l JOIN plan_item item ON item.id = l.plan_item_id WHERE l.report_id = $1`,
    [Number(reportId)],
  )) as ({ code: string } & StoredReport['lines'][string])[];
  const results = (await t.dataSource.query(
    `SELECT i.code || ' ' || c.position AS part, r.value::float8 AS value, r.narrative
       FROM indicator_result r JOIN indicator_component c ON c.id = r.component_id
       JOIN indicator i ON i.id = c.indicator_id WHERE r.report_id = $1`,
    [Number(reportId)],
  )) as ({ part: string } & StoredReport['results'][string])[];
  return {
    achievements: report!.achievements,
    lines: Object.fromEntries(lines.map(({ code, ...line }) => [code, line])),
    results: Object.fromEntries(results.map(({ part, ...result }) => [part, result])),
  };
}

/** The version a report stands at now, as a save must quote it. */
export async function reportVersion(t: TestApp, reportId: string): Promise<number> {
  const [row] = (await t.dataSource.query('SELECT version FROM progress_report WHERE id = $1', [reportId])) as {
    version: number;
  }[];
  return Number(row!.version);
}
