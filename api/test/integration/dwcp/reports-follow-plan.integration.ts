import { beforeAll, describe, expect, it } from '@jest/globals';
import { Role } from '#src/platform/auth/role.enum.js';
import { createProgrammeWithPlan } from '#test/factories/dwcp.factory.js';
import { createRegion } from '#test/factories/office.factory.js';
import { createPeriods } from '#test/factories/period.factory.js';
import { dataOf } from '#test/utils/expect-graphql.js';
import { sharedTestApp, type TestApp } from '#test/utils/test-app.js';

interface Line {
  planItemId: string;
  status: string;
  percentComplete: number | null;
  carriedForward: boolean;
}

/** Issue 17, item 5: a plan item joins the open reports it covers; a new report starts from the last. */
describe('reports follow the plan', () => {
  let t: TestApp;
  let ids: Record<string, string>;
  let po: string;
  let manager: string;

  beforeAll(async () => {
    t = await sharedTestApp();
    const { region, dhaka } = await createRegion(t.dataSource);
    const periods = await createPeriods(t.dataSource, ['2009-Q2', '2009-Q3', '2009-Q4']);
    const { programme, plan, items } = await createProgrammeWithPlan(t.dataSource, dhaka.id, 'BGD', [
      { code: 'A1', startPeriodId: periods['2009-Q3']!.id, endPeriodId: periods['2009-Q4']!.id },
    ]);
    ids = {
      programme: String(programme.id),
      plan: String(plan.id),
      a1: String(items.A1!.id),
      ...Object.fromEntries(Object.entries(periods).map(([code, period]) => [code, String(period.id)])),
    };
    po = (await t.signedIn(Role.PROGRAMME_OFFICER, [dhaka.id])).token;
    manager = (await t.signedIn(Role.REGIONAL_MANAGER, [region.id])).token;
  });

  const gql = <T>(query: string, token = po) => t.gql<T>(query, undefined, token);
  const createReport = async (quarter: string) =>
    dataOf(
      await gql<{ createProgressReport: { id: string } }>(
        `mutation { createProgressReport(programmeId: "${ids.programme}", periodId: "${ids[quarter]}") { id } }`,
      ),
    ).createProgressReport.id;
  const report = async (id: string) =>
    dataOf(
      await gql<{ ProgressReport: { version: number; lines: Line[] } }>(
        `{ ProgressReport(id: "${id}") { version lines { planItemId status percentComplete carriedForward } } }`,
      ),
    ).ProgressReport;
  const save = async (id: string, lines: string) =>
    gql(
      `mutation { updateProgressReport(id: "${id}", version: ${(await report(id)).version}, lines: [${lines}]) { id } }`,
    );
  const submit = async (id: string) =>
    gql<{ submitProgressReport: { status: string } }>(
      `mutation { submitProgressReport(id: "${id}", version: ${(await report(id)).version}) { status } }`,
    );

  it('adds a plan item, created or moved later, to the open reports of the quarters it covers', async () => {
    ids.q3 = await createReport('2009-Q3');
    const before = await report(ids.q3);
    expect(before.lines.map((line) => line.planItemId)).toEqual([ids.a1]);

    const { createPlanItem } = dataOf(
      await gql<{ createPlanItem: { id: string } }>(
        `mutation { createPlanItem(planId: "${ids.plan}", kind: ACTIVITY, code: "A3", title: "Added in Q3",
          startPeriodId: "${ids['2009-Q3']}", endPeriodId: "${ids['2009-Q4']}", fundingSource: RB) { id } }`,
      ),
    );
    ids.a3 = createPlanItem.id;
    const { createPlanItem: a4 } = dataOf(
      await gql<{ createPlanItem: { id: string } }>(
        `mutation { createPlanItem(planId: "${ids.plan}", kind: ACTIVITY, code: "A4", title: "Q4 only at first",
          startPeriodId: "${ids['2009-Q4']}", endPeriodId: "${ids['2009-Q4']}", fundingSource: RB) { id } }`,
      ),
    );
    const after = await report(ids.q3);
    expect(after.lines.map((line) => line.planItemId)).toEqual([ids.a1, ids.a3]);
    expect(after.version).toBe(before.version + 1);

    // Brought forward into Q3: it joins the Q3 report too.
    dataOf(await gql(`mutation { updatePlanItem(id: "${a4.id}", startPeriodId: "${ids['2009-Q3']}") { id } }`));
    expect((await report(ids.q3)).lines.map((line) => line.planItemId)).toEqual([ids.a1, ids.a3, a4.id]);
    ids.a4 = a4.id;
  });

  it("starts a new report from the previous quarter's statuses, carried forward until confirmed", async () => {
    dataOf(
      await save(
        ids.q3,
        `{ planItemId: "${ids.a1}", status: ON_TRACK, percentComplete: 40 }
         { planItemId: "${ids.a3}", status: DELAYED, percentComplete: 10 }
         { planItemId: "${ids.a4}", status: NOT_STARTED }`,
      ),
    );
    expect(dataOf(await submit(ids.q3)).submitProgressReport.status).toBe('SUBMITTED');
    dataOf(await gql(`mutation { approveProgressReport(id: "${ids.q3}") { id } }`, manager));

    ids.q4 = await createReport('2009-Q4');
    expect((await report(ids.q4)).lines).toEqual([
      { planItemId: ids.a1, status: 'ON_TRACK', percentComplete: 40, carriedForward: true },
      { planItemId: ids.a3, status: 'DELAYED', percentComplete: 10, carriedForward: true },
      { planItemId: ids.a4, status: 'NOT_STARTED', percentComplete: null, carriedForward: true },
    ]);

    const refused = await submit(ids.q4);
    expect(refused.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(refused.errors?.[0]?.extensions?.fields).toEqual(
      [0, 1, 2].map((index) => ({
        field: `lines[${index}].status`,
        message: expect.stringMatching(/carried forward from the previous quarter: confirm it/),
      })),
    );

    // Confirmed as they stand, or changed (which confirms too).
    dataOf(
      await save(
        ids.q4,
        `{ planItemId: "${ids.a1}", status: ON_TRACK, percentComplete: 40, confirmed: true }
         { planItemId: "${ids.a3}", status: ON_TRACK, percentComplete: 30 }`,
      ),
    );
    const partly = await report(ids.q4);
    expect(partly.lines.map((line) => line.carriedForward)).toEqual([false, false, true]);
    expect((await submit(ids.q4)).errors?.[0]?.extensions?.fields).toEqual([
      { field: 'lines[2].status', message: expect.stringMatching(/carried forward/) },
    ]);
    dataOf(await save(ids.q4, `{ planItemId: "${ids.a4}", status: NOT_STARTED, confirmed: true }`));
    expect(dataOf(await submit(ids.q4)).submitProgressReport.status).toBe('SUBMITTED');
  });
});
