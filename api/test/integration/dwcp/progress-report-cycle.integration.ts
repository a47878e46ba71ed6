// @embedded: a report's steps take row locks and check versions inside one transaction on the single connection.
import { beforeAll, describe, expect, it } from '@jest/globals';
import { Role } from '#src/platform/auth/role.enum.js';
import { createProgrammeWithPlan } from '#test/factories/dwcp.factory.js';
import { createSmallFramework } from '#test/factories/framework.factory.js';
import { createRegion } from '#test/factories/office.factory.js';
import { createPeriods } from '#test/factories/period.factory.js';
import { dataOf, expectFieldError } from '#test/utils/expect-graphql.js';
import { sharedTestApp, type TestApp } from '#test/utils/test-app.js';

interface Report {
  id: string;
  status: string;
  version: number;
  returnReason: string | null;
  lines: {
    id: string;
    planItemId: string;
    status: string;
    percentComplete: number | null;
    flagged: boolean;
    reviewerComment: string | null;
  }[];
  results: {
    id: string;
    componentId: string;
    value: number | null;
    flagged: boolean;
    reviewerComment: string | null;
  }[];
  changesSinceReturn: { field: string; before: string | null; after: string | null }[];
}

const REPORT =
  'id status version returnReason lines { id planItemId status percentComplete flagged reviewerComment } results { id componentId value flagged reviewerComment } changesSinceReturn { field before after }';

describe('a quarterly progress report, from draft to approval', () => {
  let t: TestApp;
  let po: string;
  let manager: string;
  let ids: Record<string, string>;
  let report: Report;

  beforeAll(async () => {
    t = await sharedTestApp();
    const { region, dhaka } = await createRegion(t.dataSource);
    const { framework, components } = await createSmallFramework(t.dataSource);
    const periods = await createPeriods(t.dataSource, ['2009-Q1', '2009-Q2', '2009-Q4']);
    const { programme, items } = await createProgrammeWithPlan(t.dataSource, dhaka.id, 'BGD', [
      { code: 'A1', startPeriodId: periods['2009-Q1']!.id, endPeriodId: periods['2009-Q2']!.id },
      { code: 'A2', startPeriodId: periods['2009-Q2']!.id, endPeriodId: periods['2009-Q4']!.id },
      { code: 'A3', startPeriodId: periods['2009-Q4']!.id, endPeriodId: periods['2009-Q4']!.id },
    ]);
    ids = {
      programme: String(programme.id),
      q1: String(periods['2009-Q1']!.id),
      q2: String(periods['2009-Q2']!.id),
      framework: String(framework.id),
      component: String(components[0]!.id),
      dhaka: String(dhaka.id),
      A1: String(items.A1!.id),
      A2: String(items.A2!.id),
    };
    po = (await t.signedIn(Role.PROGRAMME_OFFICER, [dhaka.id])).token;
    manager = (await t.signedIn(Role.REGIONAL_MANAGER, [region.id])).token;
  });

  const as = async <T>(token: string, query: string) => dataOf(await t.gql<T>(query, undefined, token));
  const save = (version: number, body: string, token = po) =>
    t.gql<{ updateProgressReport: Report }>(
      `mutation { updateProgressReport(id: "${report.id}", version: ${version}, ${body}) { ${REPORT} } }`,
      undefined,
      token,
    );
  const actual = async (includeSubmitted = false) =>
    (
      await as<{ indicatorProgress: { actualValue: number | null }[] }>(
        manager,
        `{ indicatorProgress(frameworkId: "${ids.framework}", periodId: "${ids.q2}", officeId: "${ids.dhaka}", includeSubmitted: ${includeSubmitted}) { actualValue } }`,
      )
    ).indicatorProgress[0]!.actualValue;

  it('opens a draft with a line for each plan item under way in the quarter', async () => {
    report = (
      await as<{ createProgressReport: Report }>(
        po,
        `mutation { createProgressReport(programmeId: "${ids.programme}", periodId: "${ids.q2}") { ${REPORT} } }`,
      )
    ).createProgressReport;
    expect(report).toMatchObject({ status: 'DRAFT', version: 1 });
    expect(report.lines.map((line) => line.planItemId).sort()).toEqual([ids.A1, ids.A2].sort());
  });

  it('saves narrative, lines and results together, raising the version', async () => {
    report = dataOf(
      await save(
        1,
        `achievements: "WCMS training in Dhaka", lines: [{ planItemId: "${ids.A1}", status: ON_TRACK, percentComplete: 50 }], results: [{ componentId: "${ids.component}", value: 16 }]`,
      ),
    ).updateProgressReport;
    expect(report.version).toBe(2);
    expect(report.lines.find((line) => line.planItemId === ids.A1)).toMatchObject({
      status: 'ON_TRACK',
      percentComplete: 50,
    });
    expect(await actual(true)).toBeNull();
  });

  it('refuses a save from an older version: no silent overwrite', async () => {
    const stale = await save(1, 'achievements: "An older draft"');
    expectFieldError(
      stale,
      'version',
      /someone saved this report since you opened it \(version 2, yours 1\)/,
      'CONFLICT',
    );
  });

  it('submits once, however often the button is pressed', async () => {
    const submit = () =>
      t.gql<{ submitProgressReport: Report }>(
        `mutation { submitProgressReport(id: "${report.id}", version: 2) { status version } }`,
        undefined,
        po,
      );
    const [first, second] = await Promise.all([submit(), submit()]);
    expect([dataOf(first).submitProgressReport, dataOf(second).submitProgressReport]).toEqual([
      { status: 'SUBMITTED', version: 2 },
      { status: 'SUBMITTED', version: 2 },
    ]);
    expect(dataOf(await submit()).submitProgressReport.status).toBe('SUBMITTED');
    const [{ count }] = (await t.dataSource.query(
      `SELECT count(*) AS count FROM report_snapshot WHERE event = 'SUBMITTED'`,
    )) as { count: number }[];
    expect(count).toBe(1);
  });

  it('counts submitted results only when asked to, approved ones always', async () => {
    expect(await actual(false)).toBeNull();
    expect(await actual(true)).toBe(16);
  });

  it('lets the regional manager return it with a reason and a comment on one line', async () => {
    const blank = await t.gql(
      `mutation { returnProgressReport(id: "${report.id}", reason: "  ") { id } }`,
      undefined,
      manager,
    );
    expectFieldError(blank, 'reason', /must not be blank/);
    const a1 = report.lines.find((line) => line.planItemId === ids.A1)!;
    const result = report.results[0]!;
    const foreign = await t.gql(
      `mutation { returnProgressReport(id: "${report.id}", reason: "Check", resultComments: [{ resultId: "999999", comment: "?" }]) { id } }`,
      undefined,
      manager,
    );
    expectFieldError(foreign, 'resultComments[0].resultId', /result 999999 is not an indicator result of this report/);
    const untouched = await as<{ ProgressReport: Report }>(
      manager,
      `{ ProgressReport(id: "${report.id}") { ${REPORT} } }`,
    );
    expect(untouched.ProgressReport.status).toBe('SUBMITTED');
    const returned = await as<{ returnProgressReport: Report }>(
      manager,
      `mutation { returnProgressReport(id: "${report.id}", reason: "Please explain the delay",
         lineComments: [{ lineId: "${a1.id}", comment: "50 % seems high" }],
         resultComments: [{ resultId: "${result.id}", comment: " 16 trained? The attendance list says 18 " }]) { ${REPORT} } }`,
    );
    report = returned.returnProgressReport;
    expect(report).toMatchObject({ status: 'RETURNED', returnReason: 'Please explain the delay' });
    expect(report.lines.find((line) => line.id === a1.id)).toMatchObject({
      flagged: true,
      reviewerComment: '50 % seems high',
    });
    expect(report.results).toEqual([
      {
        id: result.id,
        componentId: ids.component,
        value: 16,
        flagged: true,
        reviewerComment: '16 trained? The attendance list says 18',
      },
    ]);
    const audited = (await t.dataSource.query(
      `SELECT count(*)::int AS count FROM audit_entry WHERE entity_type = 'IndicatorResult' AND entity_id = $1
          AND changes::text LIKE '%reviewerComment%'`,
      [result.id],
    )) as { count: number }[];
    expect(audited[0]!.count).toBe(1);
  });

  it('shows the officer what changed since the return, then takes the resubmission', async () => {
    report = dataOf(
      await save(
        2,
        `lines: [{ planItemId: "${ids.A1}", status: DELAYED, percentComplete: 30 }], results: [{ componentId: "${ids.component}", value: 18 }]`,
      ),
    ).updateProgressReport;
    expect(report.changesSinceReturn).toEqual([
      { field: 'line A1.status', before: '"ON_TRACK"', after: '"DELAYED"' },
      { field: 'line A1.percentComplete', before: '50', after: '30' },
      { field: `result ${ids.component}.value`, before: '16', after: '18' },
    ]);
    expect(report.results[0]).toMatchObject({ value: 18, flagged: true, reviewerComment: expect.any(String) });
    const resubmitted = await as<{ submitProgressReport: Report }>(
      po,
      `mutation { submitProgressReport(id: "${report.id}", version: 3) { status } }`,
    );
    expect(resubmitted.submitProgressReport.status).toBe('SUBMITTED');
  });

  it('is approved by the regional manager, then read-only, and its results count', async () => {
    const approved = await as<{ approveProgressReport: Report }>(
      manager,
      `mutation { approveProgressReport(id: "${report.id}") { status } }`,
    );
    expect(approved.approveProgressReport.status).toBe('APPROVED');
    expect(await actual(false)).toBe(18);
    expectFieldError(
      await save(3, 'achievements: "late edit"'),
      'id',
      /an APPROVED report cannot be edited: it is read-only/,
    );
    expectFieldError(
      await t.gql(`mutation { approveProgressReport(id: "${report.id}") { id } }`, undefined, manager),
      'id',
      /read-only/,
    );
    const direct = await t.gql(`mutation { updateIndicatorResult(id: "1", value: 99) { id } }`);
    expectFieldError(direct, 'id', /belongs to progress report/, 'CONFLICT');
  });

  it('shows in the compliance matrix, with the quarter nobody reported', async () => {
    const { reportingCompliance } = await as<{ reportingCompliance: unknown }>(
      manager,
      `{ reportingCompliance(periodIds: ["${ids.q2}", "${ids.q1}"]) {
           periods { code dueDate } programmes { countryCode cells { periodId status onTime } } } }`,
    );
    // The demo periods are of 2009: measured today, the first submission came long after the due date.
    expect(reportingCompliance).toEqual({
      periods: [
        { code: '2009-Q1', dueDate: expect.stringMatching(/^2009-\d\d-\d\d$/) },
        { code: '2009-Q2', dueDate: expect.stringMatching(/^2009-\d\d-\d\d$/) },
      ],
      programmes: [
        {
          countryCode: 'BGD',
          cells: [
            { periodId: ids.q1, status: 'NOT_STARTED', onTime: false },
            { periodId: ids.q2, status: 'APPROVED', onTime: false },
          ],
        },
      ],
    });
  });

  it('keeps its history, with its lines and results, in one audit trail', async () => {
    const { auditTrail } = await as<{
      auditTrail: { entityType: string; action: string; via: string; changes: { field: string }[] }[];
    }>(
      manager,
      `{ auditTrail(entityType: "ProgressReport", entityId: "${report.id}") { entityType action via changes { field } } }`,
    );
    const ownSteps = auditTrail.filter((entry) => entry.entityType === 'ProgressReport');
    expect(ownSteps.map((entry) => [entry.action, entry.via])).toEqual([
      ['CREATE', 'FORM'],
      ['UPDATE', 'FORM'],
      ['SUBMIT', 'WORKFLOW'],
      ['RETURN', 'WORKFLOW'],
      ['UPDATE', 'FORM'],
      ['SUBMIT', 'WORKFLOW'],
      ['APPROVE', 'WORKFLOW'],
    ]);
    const kinds = new Set(auditTrail.map((entry) => entry.entityType));
    expect(kinds).toEqual(new Set(['ProgressReport', 'ProgressReportLine', 'IndicatorResult']));
    // Every entry says what changed: a save that changed nothing leaves none.
    expect(auditTrail.every((entry) => entry.changes.length > 0)).toBe(true);
  });
});
