import { beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { passwordProblem } from '#src/platform/auth/password.util.js';
import { DemoDataLoader } from '#src/datasets/demo/demo-data.loader.js';
import { generateSyntheticData, type SyntheticSummary } from '#src/datasets/synthetic/synthetic-generator.js';
import { SYNTHETIC_SCALES, type SyntheticScale } from '#src/datasets/synthetic/synthetic-scale.js';
import {
  officerEmail,
  SYNTHETIC_ADMIN_EMAIL,
  SYNTHETIC_MANAGER_EMAIL,
  SYNTHETIC_PASSWORD,
} from '#src/datasets/synthetic/synthetic-users.js';
import { templateWorkbook, toBuffer, uploadTemplate } from '#test/integration/dwcp/report-template/template-helpers.js';
import { dataOf } from '#test/utils/expect-graphql.js';
import { sharedTestApp, type TestApp } from '#test/utils/test-app.js';

const FINGERPRINT = `SELECT md5(string_agg(concat_ws('|', component_id, period_id, office_id, value, milestone_status, disaggregations), ',' ORDER BY id)) AS results,
  (SELECT md5(string_agg(concat_ws('|', id, indicator_id, position, baseline_value, target_value), ',' ORDER BY id)) FROM indicator_component) AS components
  FROM indicator_result`;

const DWCP_COLUMNS: Record<string, string> = {
  app_user: 'id, email, role, office_ids',
  office: 'id, code, countries',
  country_programme: 'id, office_id, country_code, title, start_year, end_year',
  programme_outcome: 'id, programme_id, code, framework_outcome_ids',
  implementation_plan: 'id, programme_id, year',
  plan_item:
    'id, plan_id, programme_outcome_id, kind, code, start_period_id, end_period_id, funding_source, budget_usd, component_ids, knowledge_sharing',
  progress_report:
    'id, programme_id, period_id, office_id, status, version, first_submitted_at, submitted_at, submitted_by_id, reviewed_at, reviewed_by_id',
  progress_report_line: 'id, report_id, plan_item_id, status, percent_complete',
};
const DWCP_FINGERPRINT = `SELECT ${Object.entries(DWCP_COLUMNS)
  .map(
    ([table, columns]) =>
      `(SELECT md5(string_agg(concat_ws('|', ${columns}), ',' ORDER BY id)) FROM ${table}) AS ${table}`,
  )
  .join(', ')}`;

const COUNTS = `SELECT (SELECT count(*)::int - 1 FROM app_user) AS users, (SELECT count(*)::int FROM country_programme) AS programmes,
  (SELECT count(*)::int FROM implementation_plan) AS plans, (SELECT count(*)::int FROM plan_item) AS "planItems",
  (SELECT count(*)::int FROM progress_report) AS reports, (SELECT count(*)::int FROM progress_report_line) AS lines`;

// Each count is a rule the generated DWCP data must keep: all zero when it does.
const DWCP_PROBLEMS = `
WITH report AS (
  SELECT r.*, o.code AS office_code, p.code AS period_code, extract(year FROM p.start_date)::int AS year,
         rank() OVER (PARTITION BY r.programme_id ORDER BY p.start_date DESC) AS from_last
    FROM progress_report r JOIN office o ON o.id = r.office_id JOIN reporting_period p ON p.id = r.period_id)
SELECT
  (SELECT count(*)::int FROM report r LEFT JOIN app_user po ON po.id = r.submitted_by_id LEFT JOIN app_user m ON m.id = r.reviewed_by_id
    WHERE r.status <> CASE WHEN r.from_last <= $1 THEN 'DRAFT'::report_status ELSE 'APPROVED' END
       OR (r.status = 'APPROVED' AND (r.version <> 3 OR r.first_submitted_at IS NULL OR r.reviewed_at <= r.submitted_at
           OR po.email IS DISTINCT FROM 'po-' || lower(r.office_code) || '@example.org' OR m.email IS DISTINCT FROM $2))
       OR (r.status = 'DRAFT' AND (r.version <> 1 OR r.submitted_at IS NOT NULL OR r.reviewed_by_id IS NOT NULL))) AS bad_reports,
  (SELECT count(*)::int FROM report r JOIN implementation_plan p ON p.programme_id = r.programme_id AND p.year = r.year
    WHERE (SELECT count(*) FROM progress_report_line l WHERE l.report_id = r.id) <> (SELECT count(*) FROM plan_item i WHERE i.plan_id = p.id)
       OR EXISTS (SELECT 1 FROM progress_report_line l JOIN plan_item i ON i.id = l.plan_item_id
                   WHERE l.report_id = r.id AND i.plan_id <> p.id)) AS bad_line_sets,
  (SELECT count(*)::int FROM progress_report_line l JOIN report r ON r.id = l.report_id
    WHERE l.percent_complete NOT BETWEEN 0 AND 100 OR (r.status = 'DRAFT' AND l.status <> 'NOT_STARTED')) AS bad_lines,
  (SELECT count(*)::int FROM plan_item i JOIN implementation_plan p ON p.id = i.plan_id
    WHERE cardinality(i.component_ids) NOT BETWEEN 1 AND 2 OR EXISTS (
      SELECT 1 FROM unnest(i.component_ids) c(id) JOIN indicator_component ic ON ic.id = c.id JOIN indicator ind ON ind.id = ic.indicator_id
        JOIN outcome o ON o.id = ind.outcome_id JOIN results_framework f ON f.id = o.framework_id
       WHERE p.year NOT BETWEEN extract(year FROM f.start_date) AND extract(year FROM f.end_date))) AS bad_items,
  (SELECT count(*)::int FROM country_programme cp JOIN office o ON o.id = cp.office_id
    WHERE NOT cp.country_code = ANY(o.countries) OR o.type = 'HQ') AS bad_programmes`;

/** The DWCP counts a scale asks for: a programme per office but HQ, CO-IMPORT's last plan larger. */
function expectedDwcp(
  scale: SyntheticScale,
): Pick<SyntheticSummary, 'users' | 'programmes' | 'plans' | 'planItems' | 'reports' | 'lines'> {
  const programmes = scale.offices - 1;
  const years = Math.ceil(scale.quarters / 4);
  const extraItems = scale.importPlanItems - scale.planItemsPerPlan;
  return {
    users: programmes + 2,
    programmes,
    plans: programmes * years,
    planItems: programmes * years * scale.planItemsPerPlan + extraItems,
    reports: programmes * scale.quarters,
    lines: programmes * scale.quarters * scale.planItemsPerPlan + (scale.quarters - 4 * (years - 1)) * extraItems,
  };
}

describe('synthetic data generator', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await sharedTestApp();
  });

  beforeEach(() => t.reset());

  const fingerprint = async () => ((await t.dataSource.query(FINGERPRINT)) as Record<string, string>[])[0];
  const dwcpFingerprint = async () => ((await t.dataSource.query(DWCP_FINGERPRINT)) as Record<string, string>[])[0]!;
  const counts = async () => ((await t.dataSource.query(COUNTS)) as Record<string, number>[])[0];

  const signIn = async (email: string): Promise<string> => {
    const response = await t.gql<{ login: { token: string } }>(
      'mutation ($email: String!, $password: String!) { login(email: $email, password: $password) { token } }',
      { email, password: SYNTHETIC_PASSWORD },
      null,
    );
    return dataOf(response).login.token;
  };

  it('gives the same data for the same seed, and other data for another', async () => {
    const summary = await generateSyntheticData(t.dataSource, SYNTHETIC_SCALES.tiny, 7);
    expect(summary).toMatchObject(expectedDwcp(SYNTHETIC_SCALES.tiny));
    const first = await fingerprint();
    const firstDwcp = await dwcpFingerprint();
    await t.reset();
    expect(await generateSyntheticData(t.dataSource, SYNTHETIC_SCALES.tiny, 7)).toEqual(summary);
    expect(await fingerprint()).toEqual(first);
    expect(await dwcpFingerprint()).toEqual(firstDwcp);
    await t.reset();
    await generateSyntheticData(t.dataSource, SYNTHETIC_SCALES.tiny, 8);
    expect((await fingerprint())!.results).not.toBe(first!.results);
    const other = await dwcpFingerprint();
    expect(other.plan_item).not.toBe(firstDwcp.plan_item);
    expect(other.progress_report_line).not.toBe(firstDwcp.progress_report_line);
  });

  it('generates the scale asked for, with results that obey the rules', async () => {
    const scale = SYNTHETIC_SCALES.small;
    const summary = await generateSyntheticData(t.dataSource, scale, 2009);
    expect(summary).toMatchObject({ offices: 30, frameworks: 2, indicators: 120, ...expectedDwcp(scale) });
    expect(await counts()).toEqual(expectedDwcp(scale));
    expect(summary.results).toBe(summary.components * 8 * scale.officesPerComponent);
    const [broken] = (await t.dataSource.query(`
      SELECT
        count(*) FILTER (WHERE COALESCE(c.measure, i.measure) = 'PERCENT' AND (r.value < 0 OR r.value > 100)) AS bad_percent,
        count(*) FILTER (WHERE COALESCE(c.measure, i.measure) = 'MILESTONE' AND r.milestone_status IS NULL) AS bad_milestone,
        count(*) FILTER (WHERE jsonb_array_length(r.disaggregations) > 0 AND
          abs((SELECT sum((d->>'value')::numeric) FROM jsonb_array_elements(r.disaggregations) d) - r.value) > 0.0001) AS bad_sum
      FROM indicator_result r JOIN indicator_component c ON c.id = r.component_id JOIN indicator i ON i.id = c.indicator_id`)) as Record<
      string,
      number
    >[];
    expect(broken).toEqual({ bad_percent: 0, bad_milestone: 0, bad_sum: 0 });
    const progress = await t.gql<{ indicatorProgress: { status: string }[] }>(
      '{ indicatorProgress(frameworkId: "1", periodId: "8") { status } }',
    );
    const statuses = new Set(dataOf(progress).indicatorProgress.map((row) => row.status));
    expect(statuses.has('NO_DATA')).toBe(false);
    expect(statuses.size).toBeGreaterThan(1);
  });

  it('generates DWCP data that keeps the rules: plans, items, APPROVED reports then DRAFTs, lines', async () => {
    const scale = SYNTHETIC_SCALES.small;
    await generateSyntheticData(t.dataSource, scale, 2009);
    const [problems] = (await t.dataSource.query(DWCP_PROBLEMS, [
      scale.draftQuarters,
      SYNTHETIC_MANAGER_EMAIL,
    ])) as Record<string, number>[];
    expect(problems).toEqual({ bad_reports: 0, bad_line_sets: 0, bad_lines: 0, bad_items: 0, bad_programmes: 0 });
    const [lineStatuses] = (await t.dataSource.query(
      `SELECT count(DISTINCT status)::int AS count FROM progress_report_line`,
    )) as { count: number }[];
    expect(lineStatuses!.count).toBe(5);
  });

  it('has users who sign in with the shared password, and DRAFTs each programme officer can submit', async () => {
    const scale = SYNTHETIC_SCALES.tiny;
    await generateSyntheticData(t.dataSource, scale, 2009);
    const users = (await t.dataSource.query(`SELECT email FROM app_user WHERE email <> 'test-admin@example.org'`)) as {
      email: string;
    }[];
    expect(users.map((user) => passwordProblem(SYNTHETIC_PASSWORD, user.email))).toEqual(users.map(() => null));
    const drafts = (await t.dataSource.query(
      `SELECT r.id, r.version, o.code FROM progress_report r JOIN office o ON o.id = r.office_id
        WHERE r.status = 'DRAFT' ORDER BY r.id`,
    )) as { id: number; version: number; code: string }[];
    expect(drafts).toHaveLength((scale.offices - 1) * scale.draftQuarters);
    const tokens = new Map<string, string>();
    for (const draft of drafts) {
      const email = officerEmail(draft.code);
      if (!tokens.has(email)) tokens.set(email, await signIn(email));
      const submitted = await t.gql<{ submitProgressReport: { status: string } }>(
        `mutation { submitProgressReport(id: "${draft.id}", version: ${draft.version}) { status } }`,
        undefined,
        tokens.get(email),
      );
      expect(dataOf(submitted).submitProgressReport.status).toBe('SUBMITTED');
    }
    const manager = await signIn(SYNTHETIC_MANAGER_EMAIL);
    const approved = await t.gql<{ approveProgressReport: { status: string } }>(
      `mutation { approveProgressReport(id: "${drafts[0]!.id}") { status } }`,
      undefined,
      manager,
    );
    expect(dataOf(approved).approveProgressReport.status).toBe('APPROVED');
    const admin = await signIn(SYNTHETIC_ADMIN_EMAIL);
    expect(dataOf(await t.gql<{ me: { role: string } }>('{ me { role } }', undefined, admin)).me.role).toBe('ADMIN');
  });

  it('gives CO-IMPORT a last-quarter DRAFT of importPlanItems lines, whose filled template imports whole', async () => {
    const scale = SYNTHETIC_SCALES.tiny;
    await generateSyntheticData(t.dataSource, scale, 2009);
    const [report] = (await t.dataSource.query(
      `SELECT r.office_id, r.period_id, r.status, (SELECT count(*)::int FROM progress_report_line l WHERE l.report_id = r.id) AS lines
         FROM progress_report r JOIN office o ON o.id = r.office_id
        WHERE o.code = 'CO-IMPORT' ORDER BY r.period_id DESC LIMIT 1`,
    )) as { office_id: number; period_id: number; status: string; lines: number }[];
    expect(report).toMatchObject({ status: 'DRAFT', lines: scale.importPlanItems });

    const token = await signIn(officerEmail('CO-IMPORT'));
    const workbook = await templateWorkbook(t, String(report!.office_id), String(report!.period_id), token);
    const lines = workbook.getWorksheet('Plan items')!;
    expect(lines.rowCount - 1).toBe(scale.importPlanItems);
    for (let row = 2; row <= lines.rowCount; row++) {
      lines.getCell(`F${row}`).value = 'On track';
      lines.getCell(`G${row}`).value = 50;
    }
    // Every indicator filled: CO-IMPORT has no result outside its reports to collide with.
    const indicators = workbook.getWorksheet('Indicators')!;
    expect(indicators.rowCount).toBeGreaterThan(1);
    for (let row = 2; row <= indicators.rowCount; row++) {
      if (indicators.getCell(`E${row}`).text === 'Milestone') indicators.getCell(`I${row}`).value = 'In progress';
      else indicators.getCell(`H${row}`).value = 1;
    }
    const response = await uploadTemplate(t, await toBuffer(workbook), token, 'CO-IMPORT-report.xlsx');
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({ lines: scale.importPlanItems, results: indicators.rowCount - 1 });
  });

  it('never mixes with demo data', async () => {
    await t.app.get(DemoDataLoader).loadIntoEmptyDatabase();
    await expect(generateSyntheticData(t.dataSource, SYNTHETIC_SCALES.tiny, 1)).rejects.toThrow(/holds demo data/);
  });
});
