import { beforeAll, describe, expect, it } from '@jest/globals';
import { Role } from '#src/platform/auth/role.enum.js';
import { createRegion } from '#test/factories/office.factory.js';
import { createPeriods } from '#test/factories/period.factory.js';
import { dataOf, expectFieldError } from '#test/utils/expect-graphql.js';
import { sharedTestApp, type TestApp } from '#test/utils/test-app.js';

interface Entry {
  action: string;
  via: string;
  userEmail: string | null;
  changes: { field: string; before: string | null; after: string | null }[];
}

/** Issue 17, item 4: outputs and activities, expenditure against budget, the yearly plan's review. */
describe('DWCP plans: outputs, activities, budgets and their review', () => {
  let t: TestApp;
  let ids: Record<string, string>;
  let po: { token: string; email: string };
  let manager: { token: string; email: string };

  beforeAll(async () => {
    t = await sharedTestApp();
    const { region, dhaka } = await createRegion(t.dataSource);
    const periods = await createPeriods(t.dataSource, ['2009-Q1', '2009-Q2', '2009-Q3', '2009-Q4']);
    ids = Object.fromEntries(Object.entries(periods).map(([code, period]) => [code, String(period.id)]));
    const signIn = async (role: Role, officeId: number) => {
      const { user, token } = await t.signedIn(role, [officeId]);
      return { token, email: user.email };
    };
    po = await signIn(Role.PROGRAMME_OFFICER, dhaka.id);
    manager = await signIn(Role.REGIONAL_MANAGER, region.id);
    const create = async (mutation: string) =>
      Object.values(
        dataOf(await t.gql<Record<string, { id: string }>>(`mutation { ${mutation} { id } }`, undefined, po.token)),
      )[0]!.id;
    ids.programme = await create(
      `createCountryProgramme(officeId: "${dhaka.id}", countryCode: "BGD", title: "Bangladesh DWCP", startYear: 2008, endYear: 2010)`,
    );
    ids.outcome = await create(
      `createProgrammeOutcome(programmeId: "${ids.programme}", code: "BGD101", title: "Labour market information")`,
    );
    ids.plan = await create(`createImplementationPlan(programmeId: "${ids.programme}", year: 2009)`);
    ids.output = await create(
      `createPlanItem(planId: "${ids.plan}", programmeOutcomeId: "${ids.outcome}", kind: OUTPUT, code: "O1",
        title: "LMI system in place", startPeriodId: "${ids['2009-Q1']}", endPeriodId: "${ids['2009-Q4']}", fundingSource: RBSA)`,
    );
  });

  const gql = <T>(query: string, token = po.token) => t.gql<T>(query, undefined, token);
  const activity = (code: string, extra = '') =>
    gql<{ createPlanItem: { id: string; parentId: string; programmeOutcomeId: string } }>(
      `mutation { createPlanItem(planId: "${ids.plan}", kind: ACTIVITY, code: "${code}", title: "Activity ${code}",
        responsible: "CO-Dhaka", startPeriodId: "${ids['2009-Q2']}", endPeriodId: "${ids['2009-Q3']}", fundingSource: RBSA ${extra})
        { id parentId programmeOutcomeId } }`,
    );
  const plan = async () =>
    dataOf(
      await gql<{ ImplementationPlan: { status: string; version: number; returnReason: string | null } }>(
        `{ ImplementationPlan(id: "${ids.plan}") { status version returnReason } }`,
      ),
    ).ImplementationPlan;

  it('puts an activity under an output of the same plan, in its outcome, with budget and expenditure', async () => {
    const { createPlanItem } = dataOf(
      await activity('A1', `parentId: "${ids.output}", budgetUsd: 12000, expenditureUsd: 2500.5`),
    );
    ids.activity = createPlanItem.id;
    expect(createPlanItem).toEqual({ id: ids.activity, parentId: ids.output, programmeOutcomeId: ids.outcome });
  });

  it('refuses an activity under an activity, an output under an output and spending above the budget', async () => {
    expectFieldError(await activity('A2', `parentId: "${ids.activity}"`), 'parentId', /A1 is an activity/);
    expectFieldError(
      await gql(
        `mutation { createPlanItem(planId: "${ids.plan}", parentId: "${ids.output}", kind: OUTPUT, code: "O2", title: "x",
          startPeriodId: "${ids['2009-Q1']}", endPeriodId: "${ids['2009-Q1']}", fundingSource: RB) { id } }`,
      ),
      'parentId',
      /only an activity sits under an output/,
    );
    expectFieldError(
      await activity('A3', `parentId: "${ids.output}", budgetUsd: 100, expenditureUsd: 100.01`),
      'expenditureUsd',
      /must not exceed the budget \(US\$ 100\)/,
    );
    expectFieldError(await activity('A3', `budgetUsd: 100.123`), 'budgetUsd', /at most 2 decimals/);
    expectFieldError(
      await gql(`mutation { updatePlanItem(id: "${ids.output}", kind: ACTIVITY) { id } }`),
      'kind',
      /has 1 activities under it/,
    );
  });

  it('shows budget vs expenditure on the programme, over activities only', async () => {
    const { CountryProgramme } = dataOf(
      await gql<{ CountryProgramme: { budgets: unknown[] } }>(
        `{ CountryProgramme(id: "${ids.programme}") { budgets { year planStatus fundingSource budgetUsd expenditureUsd } } }`,
      ),
    );
    expect(CountryProgramme.budgets).toEqual([
      { year: 2009, planStatus: 'DRAFT', fundingSource: 'RBSA', budgetUsd: 12000, expenditureUsd: 2500.5 },
    ]);
  });

  it('submits, returns, resubmits and approves the plan, each step audited as a workflow step', async () => {
    const submit = async () =>
      dataOf(
        await gql<{ submitImplementationPlan: { status: string } }>(
          `mutation { submitImplementationPlan(id: "${ids.plan}", version: ${(await plan()).version}) { status } }`,
        ),
      ).submitImplementationPlan;
    expect(await submit()).toEqual({ status: 'SUBMITTED' });
    const refused = await gql(`mutation { approveImplementationPlan(id: "${ids.plan}") { status } }`);
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expectFieldError(
      await gql(`mutation { updatePlanItem(id: "${ids.activity}", title: "Renamed") { id } }`),
      'id',
      /a SUBMITTED plan cannot be edited/,
    );
    dataOf(
      await gql(
        `mutation { returnImplementationPlan(id: "${ids.plan}", reason: "Budget of A1 too high") { status } }`,
        manager.token,
      ),
    );
    expect(await plan()).toMatchObject({ status: 'RETURNED', returnReason: 'Budget of A1 too high' });
    dataOf(await gql(`mutation { updatePlanItem(id: "${ids.activity}", budgetUsd: 10000) { id } }`));
    expect(await submit()).toEqual({ status: 'SUBMITTED' });
    dataOf(await gql(`mutation { approveImplementationPlan(id: "${ids.plan}") { status } }`, manager.token));
    expect((await plan()).status).toBe('APPROVED');

    // Approved: the plan is read-only, but expenditure to date is still reported.
    expectFieldError(
      await gql(`mutation { updatePlanItem(id: "${ids.activity}", title: "Renamed") { id } }`),
      'id',
      /an APPROVED plan cannot be edited/,
    );
    dataOf(await gql(`mutation { updatePlanItem(id: "${ids.activity}", expenditureUsd: 6000) { id } }`));
    expectFieldError(
      await gql(`mutation { updatePlanItem(id: "${ids.activity}", expenditureUsd: 10000.01) { id } }`),
      'expenditureUsd',
      /must not exceed the budget/,
    );

    const { auditTrail } = dataOf(
      await t.gql<{ auditTrail: Entry[] }>(
        `{ auditTrail(entityType: "ImplementationPlan", entityId: "${ids.plan}") { action via userEmail changes { field before after } } }`,
        undefined,
        manager.token,
      ),
    );
    const steps = auditTrail
      .filter((entry) => entry.via === 'WORKFLOW')
      .map((entry) => ({
        action: entry.action,
        by: entry.userEmail,
        status: entry.changes.find((change) => change.field === 'status'),
      }));
    expect(steps).toEqual([
      { action: 'SUBMIT', by: po.email, status: { field: 'status', before: '"DRAFT"', after: '"SUBMITTED"' } },
      { action: 'RETURN', by: manager.email, status: { field: 'status', before: '"SUBMITTED"', after: '"RETURNED"' } },
      { action: 'SUBMIT', by: po.email, status: { field: 'status', before: '"RETURNED"', after: '"SUBMITTED"' } },
      { action: 'APPROVE', by: manager.email, status: { field: 'status', before: '"SUBMITTED"', after: '"APPROVED"' } },
    ]);
  });
});
