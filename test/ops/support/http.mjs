// Requests to the API that keep what the tests check: HTTP status, headers and body.
import ExcelJS from 'exceljs';
import { DEMO_USERS } from '../../requests/graphql.mjs';

export { DEMO_USERS };

/** POST /graphql: { status, headers, body }, whatever the status. */
export async function gql(url, query, { variables = {}, token, headers = {} } = {}) {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(token ? { authorization: `Bearer ${token}` } : {}),
      ...headers,
    },
    body: JSON.stringify({ query, variables }),
  });
  return { status: response.status, headers: response.headers, body: await response.json() };
}

/** The data of a GraphQL operation that must succeed. */
export async function gqlData(url, query, options) {
  const { status, body } = await gql(url, query, options);
  if (status !== 200 || body.errors) throw new Error(`GraphQL ${status}: ${JSON.stringify(body.errors ?? body)}`);
  return body.data;
}

/** Signs in as a demo user, the password in the variables as the browser sends it. */
export async function signIn(url, [email, password]) {
  const data = await gqlData(
    url,
    'mutation SignIn($e: String!, $p: String!) { login(email: $e, password: $p) { token } }',
    {
      variables: { e: email, p: password },
    },
  );
  return data.login.token;
}

export async function getJson(url, path, headers = {}) {
  const response = await fetch(`${url}${path}`, { headers });
  const text = await response.text();
  let body;
  try {
    body = JSON.parse(text);
  } catch {
    body = text;
  }
  return { status: response.status, headers: response.headers, body };
}

/** Polls `attempt` until it returns a truthy value; fails after `ms` with the last value seen. */
export async function eventually(attempt, description, ms = 30_000) {
  const deadline = Date.now() + ms;
  let last;
  for (;;) {
    try {
      last = await attempt();
      if (last) return last;
    } catch (error) {
      last = error;
    }
    if (Date.now() > deadline)
      throw new Error(`${description}: not after ${ms} ms (last: ${last?.message ?? JSON.stringify(last)})`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

export function assert(condition, message) {
  if (!condition) throw new Error(message);
}

export function assertEqual(actual, expected, message) {
  const [a, e] = [JSON.stringify(actual), JSON.stringify(expected)];
  if (a !== e) throw new Error(`${message}: expected ${e}, got ${a}`);
}

/** Dhaka's programme officer with a fresh 2009-Q3 draft of Bangladesh's progress report. */
export async function draftReport(url) {
  const token = await signIn(url, DEMO_USERS.po);
  const data = await gqlData(
    url,
    `{ allCountryProgrammes(filter: { countryCode: "BGD" }) { id } allReportingPeriods(filter: { code: "2009-Q3" }) { id }
       allOffices(filter: { code: "CO-DHAKA" }) { id } }`,
    { token },
  );
  const periodId = data.allReportingPeriods[0].id;
  const created = await gqlData(
    url,
    `mutation { createProgressReport(programmeId: "${data.allCountryProgrammes[0].id}", periodId: "${periodId}") { id version } }`,
    { token },
  );
  return {
    token,
    officeId: data.allOffices[0].id,
    periodId,
    report: await confirmCarriedForward(url, token, created.createProgressReport),
  };
}

/** Confirms the lines a new report carried forward from the previous quarter, as the officer does before submitting. */
async function confirmCarriedForward(url, token, report) {
  const { ProgressReport } = await gqlData(
    url,
    `{ ProgressReport(id: "${report.id}") { lines { planItemId status percentComplete carriedForward } } }`,
    { token },
  );
  const carried = ProgressReport.lines.filter((line) => line.carriedForward);
  if (carried.length === 0) return report;
  const lines = carried
    .map(
      (line) =>
        `{ planItemId: "${line.planItemId}", status: ${line.status}, percentComplete: ${line.percentComplete ?? 'null'}, confirmed: true }`,
    )
    .join(', ');
  const saved = await gqlData(
    url,
    `mutation { updateProgressReport(id: "${report.id}", version: ${report.version}, lines: [${lines}]) { id version } }`,
    { token },
  );
  return saved.updateProgressReport;
}

/** The offline template of the office and quarter, as an exceljs workbook. */
export async function downloadTemplate(url, { token, officeId, periodId }) {
  const response = await fetch(`${url}/exports/report-template?officeId=${officeId}&periodId=${periodId}`, {
    headers: { authorization: `Bearer ${token}` },
  });
  if (response.status !== 200) throw new Error(`template download: ${response.status} ${await response.text()}`);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(await response.arrayBuffer());
  return workbook;
}

/** POST /imports/report-template with the workbook as the multipart field `file`. */
export async function uploadTemplate(url, token, workbook) {
  const form = new FormData();
  const bytes = Buffer.from(await workbook.xlsx.writeBuffer());
  form.append('file', new Blob([bytes]), 'CO-DHAKA-report-2009-Q3.xlsx');
  const response = await fetch(`${url}/imports/report-template`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}` },
    body: form,
  });
  return { status: response.status, body: await response.json() };
}
