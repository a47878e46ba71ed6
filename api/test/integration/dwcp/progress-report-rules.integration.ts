import { beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { Role } from '#src/platform/auth/role.enum.js';
import { ProgressReportEntity } from '#src/dwcp/progress-report/progress-report.entity.js';
import { ReportStatus } from '#src/dwcp/progress-report/progress-report.enums.js';
import { PeriodStatus } from '#src/platform/reporting-period/reporting-period.enums.js';
import { createProgrammeWithPlan } from '#test/factories/dwcp.factory.js';
import { createRegion } from '#test/factories/office.factory.js';
import { createPeriods } from '#test/factories/period.factory.js';
import { expectFieldError } from '#test/utils/expect-graphql.js';
import { sharedTestApp, type TestApp } from '#test/utils/test-app.js';

// Point 8 of the DWCP issue: each bad request gets a clear error and writes nothing.
describe('progress report rules', () => {
  let t: TestApp;
  let po: string;
  let manager: string;
  let ids: Record<string, number>;
  let snapshot: string;

  const state = async () =>
    JSON.stringify(
      await t.dataSource.query(
        `SELECT (SELECT json_agg(r ORDER BY id) FROM progress_report r) AS reports,
                (SELECT json_agg(l ORDER BY id) FROM progress_report_line l) AS lines,
                (SELECT count(*) FROM audit_entry WHERE entity_type IN ('ProgressReport', 'ProgressReportLine', 'IndicatorResult')) AS audit`,
      ),
    );
  // Puts the report in any status, approved ones back too: a test shortcut past the database's
  // rule that an approved report stays approved (replica mode skips triggers; superuser only).
  const setStatus = (status: ReportStatus) =>
    t.dataSource.transaction(async (manager) => {
      await manager.query('SET LOCAL session_replication_role = replica');
      await manager.getRepository(ProgressReportEntity).update(ids.report!, { status });
    });
  const setPeriod = (status: PeriodStatus) =>
    t.dataSource.query('UPDATE reporting_period SET status = $1 WHERE id = $2', [status, ids.q2]);

  beforeAll(async () => {
    t = await sharedTestApp();
    const { region, dhaka, yangon } = await createRegion(t.dataSource);
    const periods = await createPeriods(t.dataSource, ['2009-Q2', '2011-Q1']);
    const span = { startPeriodId: periods['2009-Q2']!.id, endPeriodId: periods['2009-Q2']!.id };
    const bangladesh = await createProgrammeWithPlan(t.dataSource, dhaka.id, 'BGD', [{ code: 'A1', ...span }]);
    const myanmar = await createProgrammeWithPlan(t.dataSource, yangon.id, 'MMR', [{ code: 'M1', ...span }]);
    po = (await t.signedIn(Role.PROGRAMME_OFFICER, [dhaka.id])).token;
    manager = (await t.signedIn(Role.REGIONAL_MANAGER, [region.id])).token;
    const report = await t.gql<{ createProgressReport: { id: string } }>(
      `mutation { createProgressReport(programmeId: "${bangladesh.programme.id}", periodId: "${periods['2009-Q2']!.id}") { id } }`,
      undefined,
      po,
    );
    ids = {
      programme: bangladesh.programme.id,
      report: Number(report.data!.createProgressReport.id),
      A1: bangladesh.items.A1!.id,
      M1: myanmar.items.M1!.id,
      q2: periods['2009-Q2']!.id,
      q2011: periods['2011-Q1']!.id,
    };
  });

  beforeEach(async () => {
    await setStatus(ReportStatus.DRAFT);
    await setPeriod(PeriodStatus.OPEN);
    snapshot = await state();
  });

  const save = (body: string, token = po) =>
    t.gql(`mutation { updateProgressReport(id: "${ids.report}", version: 1, ${body}) { id } }`, undefined, token);
  const expectUnchanged = async () => expect(await state()).toBe(snapshot);

  it('a line status not in the list', async () => {
    const response = await save(`lines: [{ planItemId: "${ids.A1}", status: FINISHED }]`);
    expect(response.errors![0]!.message).toMatch(/Value "FINISHED" does not exist in "PlanItemStatus" enum/);
    await expectUnchanged();
  });

  it('a % complete outside 0-100', async () => {
    expectFieldError(
      await save(`lines: [{ planItemId: "${ids.A1}", status: ON_TRACK, percentComplete: 120 }]`),
      'lines[0].percentComplete',
      /between 0 and 100/,
    );
    await expectUnchanged();
  });

  it('a line for an item of another plan', async () => {
    const response = await save(`achievements: "x", lines: [{ planItemId: "${ids.M1}", status: ON_TRACK }]`);
    // Yangon's item is out of the Dhaka officer's reach: answered as an item that does not exist.
    expectFieldError(response, 'lines[0].planItemId', new RegExp(`^no PlanItem with id ${ids.M1}$`));
    await expectUnchanged();
  });

  it('a report for a period outside the programme, or not a quarter', async () => {
    const outside = await t.gql(
      `mutation { createProgressReport(programmeId: "${ids.programme}", periodId: "${ids.q2011}") { id } }`,
      undefined,
      po,
    );
    expectFieldError(outside, 'periodId', /2011-Q1 lies outside the programme \(2008-2010\)/);
    await expectUnchanged();
  });

  it('a return without a reason', async () => {
    await setStatus(ReportStatus.SUBMITTED);
    snapshot = await state();
    const missing = await t.gql(`mutation { returnProgressReport(id: "${ids.report}") { id } }`, undefined, manager);
    expect(missing.errors![0]!.message).toMatch(/argument "reason" of type "String!" is required/);
    expectFieldError(
      await t.gql(`mutation { returnProgressReport(id: "${ids.report}", reason: "") { id } }`, undefined, manager),
      'reason',
      /must not be blank/,
    );
    await expectUnchanged();
  });

  it('a transition not in the table', async () => {
    expectFieldError(
      await t.gql(`mutation { approveProgressReport(id: "${ids.report}") { id } }`, undefined, manager),
      'id',
      /a DRAFT report cannot be approved \(it can be edited or submitted\)/,
    );
    await expectUnchanged();
  });

  it('an edit of an approved report', async () => {
    await setStatus(ReportStatus.APPROVED);
    snapshot = await state();
    expectFieldError(
      await save('achievements: "changed"'),
      'id',
      /an APPROVED report cannot be edited: it is read-only/,
    );
    await expectUnchanged();
  });

  it('anything at all in a LOCKED period', async () => {
    await setPeriod(PeriodStatus.LOCKED);
    expectFieldError(await save('achievements: "x"'), 'id', /LOCKED/);
    expectFieldError(
      await t.gql(`mutation { submitProgressReport(id: "${ids.report}", version: 1) { id } }`, undefined, po),
      'id',
      /LOCKED/,
    );
    await expectUnchanged();
  });

  it('in a CLOSED period, drafts stay put but returned reports can be resubmitted', async () => {
    await setPeriod(PeriodStatus.CLOSED);
    expectFieldError(await save('achievements: "x"'), 'id', /CLOSED: only returned reports/);
    await setStatus(ReportStatus.RETURNED);
    const resubmitted = await t.gql<{ submitProgressReport: { status: string } }>(
      `mutation { submitProgressReport(id: "${ids.report}", version: 1) { status } }`,
      undefined,
      po,
    );
    expect(resubmitted.data?.submitProgressReport.status).toBe('SUBMITTED');
  });

  it('approval by anyone but a regional manager', async () => {
    await setStatus(ReportStatus.SUBMITTED);
    const byAdmin = await t.gql(`mutation { approveProgressReport(id: "${ids.report}") { id } }`);
    expect(byAdmin.errors![0]!.extensions!.code).toBe('FORBIDDEN');
  });
});
