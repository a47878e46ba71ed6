import { beforeAll, describe, expect, it } from '@jest/globals';
import { Role } from '#src/platform/auth/role.enum.js';
import { ProgressReportEntity } from '#src/dwcp/progress-report/progress-report.entity.js';
import { ReportStatus } from '#src/dwcp/progress-report/progress-report.enums.js';
import { ReportingPeriodEntity } from '#src/platform/reporting-period/reporting-period.entity.js';
import { PeriodStatus } from '#src/platform/reporting-period/reporting-period.enums.js';
import { createProgrammeWithPlan } from '#test/factories/dwcp.factory.js';
import { createComponent, createIndicator, createSmallFramework } from '#test/factories/framework.factory.js';
import { createRegion } from '#test/factories/office.factory.js';
import { createPeriods } from '#test/factories/period.factory.js';
import { createResult } from '#test/factories/result.factory.js';
import { dataOf, expectFieldError } from '#test/utils/expect-graphql.js';
import { sharedTestApp, type TestApp } from '#test/utils/test-app.js';

interface Task {
  programmeTitle: string;
  periodCode: string;
  reportId: string | null;
  status: string | null;
  periodStatus: string;
  editable: boolean;
}

const TASKS = '{ myReportingTasks { programmeTitle periodCode reportId status periodStatus editable } }';

describe('what a programme officer reports on now', () => {
  let t: TestApp;
  let po: string;
  let otherPo: string;
  let periods: Record<string, ReportingPeriodEntity>;
  let programmeId: number;
  let officeId: number;
  let components: { a: number; b: number; c: number };
  let itemIds: { A1: number; A2: number };

  const tasks = async (token = po) =>
    dataOf(await t.gql<{ myReportingTasks: Task[] }>(TASKS, undefined, token)).myReportingTasks;
  const report = (period: string, status: ReportStatus) =>
    t.dataSource
      .getRepository(ProgressReportEntity)
      .save({ programmeId, periodId: periods[period]!.id, officeId, status, version: 1 });
  const setPeriod = (period: string, status: PeriodStatus) =>
    t.dataSource.getRepository(ReportingPeriodEntity).update(periods[period]!.id, { status });

  beforeAll(async () => {
    t = await sharedTestApp();
    const { dhaka, yangon } = await createRegion(t.dataSource);
    officeId = dhaka.id;
    const {
      outcome,
      components: [a],
    } = await createSmallFramework(t.dataSource, { indicators: 1 });
    const second = await createIndicator(t.dataSource, outcome, { code: '1.2' });
    const b = await createComponent(t.dataSource, second);
    const c = await createComponent(t.dataSource, second, { position: 2 });
    components = { a: a!.id, b: b.id, c: c.id };
    periods = await createPeriods(t.dataSource, ['2009-Q1', '2009-Q2', '2009-Q3', '2009-Q4']);
    const { programme, items } = await createProgrammeWithPlan(t.dataSource, dhaka.id, 'BGD', [
      // Listed out of framework order on purpose: due components come in framework order.
      {
        code: 'A1',
        startPeriodId: periods['2009-Q1']!.id,
        endPeriodId: periods['2009-Q4']!.id,
        componentIds: [c.id, a!.id],
      },
      { code: 'A2', startPeriodId: periods['2009-Q2']!.id, endPeriodId: periods['2009-Q2']!.id, componentIds: [a!.id] },
    ]);
    programmeId = programme.id;
    itemIds = { A1: items.A1!.id, A2: items.A2!.id };
    await createProgrammeWithPlan(t.dataSource, yangon.id, 'MMR', [
      { code: 'B1', startPeriodId: periods['2009-Q1']!.id, endPeriodId: periods['2009-Q4']!.id },
    ]);
    po = (await t.signedIn(Role.PROGRAMME_OFFICER, [dhaka.id])).token;
    otherPo = (await t.signedIn(Role.PROGRAMME_OFFICER, [yangon.id])).token;
  });

  it('starts with the first quarter of the plan, not yet reported, and only for their own programme', async () => {
    expect(await tasks()).toEqual([
      {
        programmeTitle: 'BGD DWCP',
        periodCode: '2009-Q1',
        reportId: null,
        status: null,
        periodStatus: 'OPEN',
        editable: true,
      },
    ]);
  });

  it('moves on once a quarter is submitted or approved, and comes back when one is returned', async () => {
    await report('2009-Q1', ReportStatus.APPROVED);
    const q2 = await report('2009-Q2', ReportStatus.SUBMITTED);
    expect((await tasks()).map((task) => task.periodCode)).toEqual(['2009-Q3']);
    await t.dataSource.getRepository(ProgressReportEntity).update(q2.id, { status: ReportStatus.RETURNED });
    // A returned report can be resubmitted in a closed period, not in a locked one.
    await setPeriod('2009-Q2', PeriodStatus.CLOSED);
    const returned = {
      programmeTitle: 'BGD DWCP',
      periodCode: '2009-Q2',
      reportId: String(q2.id),
      status: 'RETURNED',
    };
    expect(await tasks()).toEqual([{ ...returned, periodStatus: 'CLOSED', editable: true }]);
    // Locked, it is no longer the task, but stays in sight after it, read-only.
    await setPeriod('2009-Q2', PeriodStatus.LOCKED);
    expect(await tasks()).toEqual([
      expect.objectContaining({ periodCode: '2009-Q3', periodStatus: 'OPEN', editable: true }),
      { ...returned, periodStatus: 'LOCKED', editable: false },
    ]);
  });

  it('skips quarters that are not open and quarters that have not begun', async () => {
    await setPeriod('2009-Q3', PeriodStatus.CLOSED);
    // 2009-Q4 began long ago; quarters after today never appear (the test periods are all past).
    expect((await tasks()).map((task) => task.periodCode)).toEqual(['2009-Q4', '2009-Q2']);
    await setPeriod('2009-Q4', PeriodStatus.LOCKED);
    expect((await tasks()).map((task) => task.periodCode)).toEqual(['2009-Q2']);
  });

  it("keeps a locked quarter's draft in sight, read-only: the server refuses any change to it", async () => {
    await setPeriod('2009-Q4', PeriodStatus.OPEN);
    const draft = await report('2009-Q4', ReportStatus.DRAFT);
    expect((await tasks())[0]).toMatchObject({ periodCode: '2009-Q4', status: 'DRAFT', editable: true });
    await setPeriod('2009-Q4', PeriodStatus.LOCKED);
    expect(await tasks()).toEqual([
      expect.objectContaining({ periodCode: '2009-Q2', status: 'RETURNED', periodStatus: 'LOCKED', editable: false }),
      {
        programmeTitle: 'BGD DWCP',
        periodCode: '2009-Q4',
        reportId: String(draft.id),
        status: 'DRAFT',
        periodStatus: 'LOCKED',
        editable: false,
      },
    ]);
    // Another office's officer does not see it.
    expect((await tasks(otherPo)).map((task) => task.programmeTitle)).toEqual(['MMR DWCP']);
    const save = await t.gql(
      `mutation { updateProgressReport(id: "${draft.id}", version: 1, achievements: "late") { id } }`,
      undefined,
      po,
    );
    expectFieldError(save, 'id', /LOCKED/);
  });

  it("lists a report's lines with their plan items and the components due, in framework order", async () => {
    const q1 = await t.dataSource
      .getRepository(ProgressReportEntity)
      .findOneByOrFail({ programmeId, periodId: periods['2009-Q1']!.id });
    await t.dataSource.query('INSERT INTO progress_report_line (report_id, plan_item_id) VALUES ($1, $2)', [
      q1.id,
      itemIds.A1,
    ]);
    // A result the report already carries counts as due even if no item links it.
    await createResult(
      t.dataSource,
      { componentId: components.b, periodId: periods['2009-Q1']!.id, officeId },
      { reportId: q1.id, value: 1 },
    );
    const { ProgressReport } = dataOf(
      await t.gql<{
        ProgressReport: { lines: { planItem: { code: string } }[]; dueComponents: { id: string; label: string }[] };
      }>(
        `{ ProgressReport(id: "${q1.id}") { lines { planItem { code } } dueComponents { id label } } }`,
        undefined,
        po,
      ),
    );
    expect(ProgressReport.lines.map((line) => line.planItem.code)).toEqual(['A1']);
    expect(ProgressReport.dueComponents.map((component) => Number(component.id))).toEqual([
      components.a,
      components.b,
      components.c,
    ]);
  });
});
