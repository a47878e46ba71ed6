import { beforeAll, describe, expect, it } from '@jest/globals';
import { Role } from '#src/platform/auth/role.enum.js';
import { createSmallFramework } from '#test/factories/framework.factory.js';
import { createRegion } from '#test/factories/office.factory.js';
import { createPeriods } from '#test/factories/period.factory.js';
import { dataOf, expectFieldError } from '#test/utils/expect-graphql.js';
import { tableCounts } from '#test/utils/table-counts.js';
import { sharedTestApp, type TestApp } from '#test/utils/test-app.js';

describe('DWCPs: programmes, outcomes, plans and their items', () => {
  let t: TestApp;
  let ids: Record<string, string>;
  let dhakaPO: string;

  beforeAll(async () => {
    t = await sharedTestApp();
    const { region, dhaka, yangon } = await createRegion(t.dataSource);
    const { outcome, components } = await createSmallFramework(t.dataSource);
    const periods = await createPeriods(t.dataSource, ['2009-Q1', '2009-Q2', '2009-Q4', '2010-Q1']);
    ids = {
      region: String(region.id),
      dhaka: String(dhaka.id),
      yangon: String(yangon.id),
      frameworkOutcome: String(outcome.id),
      component: String(components[0]!.id),
      ...Object.fromEntries(Object.entries(periods).map(([code, period]) => [code, String(period.id)])),
    };
    dhakaPO = (await t.signedIn(Role.PROGRAMME_OFFICER, [dhaka.id])).token;
  });

  const create = async (mutation: string, token?: string) =>
    Object.values(
      dataOf(await t.gql<Record<string, { id: string }>>(`mutation { ${mutation} { id } }`, undefined, token)),
    )[0]!.id;

  it("lets Dhaka's programme officer build the Bangladesh DWCP down to plan items", async () => {
    ids.programme = await create(
      `createCountryProgramme(officeId: "${ids.dhaka}", countryCode: "BGD", title: "Bangladesh DWCP 2006-2009", startYear: 2006, endYear: 2009)`,
      dhakaPO,
    );
    ids.outcome = await create(
      `createProgrammeOutcome(programmeId: "${ids.programme}", code: "BGD101", title: "Improved labour market information", frameworkOutcomeIds: ["${ids.frameworkOutcome}"])`,
      dhakaPO,
    );
    ids.plan = await create(`createImplementationPlan(programmeId: "${ids.programme}", year: 2009)`, dhakaPO);
    ids.item = await create(
      `createPlanItem(planId: "${ids.plan}", programmeOutcomeId: "${ids.outcome}", kind: ACTIVITY, code: "A1", title: "Train CO staff on WCMS",
        responsible: "CO-Dhaka", startPeriodId: "${ids['2009-Q1']}", endPeriodId: "${ids['2009-Q2']}", fundingSource: RBSA, budgetUsd: 12000,
        componentIds: ["${ids.component}"], knowledgeSharing: true)`,
      dhakaPO,
    );
    const { ImplementationPlan } = dataOf(
      await t.gql<{
        ImplementationPlan: { year: number; items: { code: string; knowledgeSharing: boolean; budgetUsd: number }[] };
      }>(
        `{ ImplementationPlan(id: "${ids.plan}") { year items { code knowledgeSharing budgetUsd } } }`,
        undefined,
        dhakaPO,
      ),
    );
    expect(ImplementationPlan).toEqual({
      year: 2009,
      items: [{ code: 'A1', knowledgeSharing: true, budgetUsd: 12000 }],
    });
  });

  it('keeps another office’s programmes out of sight and out of reach', async () => {
    const yangonProgramme = (ids.yangonProgramme = await create(
      `createCountryProgramme(officeId: "${ids.yangon}", countryCode: "MMR", title: "Myanmar", startYear: 2008, endYear: 2010)`,
    ));
    const { allCountryProgrammes } = dataOf(
      await t.gql<{ allCountryProgrammes: { countryCode: string }[] }>(
        '{ allCountryProgrammes { countryCode } }',
        undefined,
        dhakaPO,
      ),
    );
    expect(allCountryProgrammes).toEqual([{ countryCode: 'BGD' }]);
    expect(dataOf(await t.gql(`{ CountryProgramme(id: "${yangonProgramme}") { id } }`, undefined, dhakaPO))).toEqual({
      CountryProgramme: null,
    });
    const plan = await t.gql(
      `mutation { createImplementationPlan(programmeId: "${yangonProgramme}", year: 2009) { id } }`,
      undefined,
      dhakaPO,
    );
    // Out of reach: answered as a programme that does not exist, not as one of another office.
    expectFieldError(plan, 'programmeId', new RegExp(`^no CountryProgramme with id ${yangonProgramme}$`));
    const programme = await t.gql(
      `mutation { createCountryProgramme(officeId: "${ids.yangon}", countryCode: "MMR", title: "x", startYear: 2010, endYear: 2011) { id } }`,
      undefined,
      dhakaPO,
    );
    expectFieldError(programme, 'officeId', /another office/, 'FORBIDDEN');
  });

  it('refuses inconsistent programmes, plans and items, writing nothing', async () => {
    const before = await tableCounts(t.dataSource);
    const refuse = async (mutation: string, field: string, reason: RegExp, code?: string) =>
      expectFieldError(await t.gql(`mutation { ${mutation} { id } }`), field, reason, code);
    await refuse(
      `createCountryProgramme(officeId: "${ids.dhaka}", countryCode: "NPL", title: "x", startYear: 2008, endYear: 2009)`,
      'countryCode',
      /CO-DHAKA covers BGD, not NPL/,
    );
    await refuse(
      `createCountryProgramme(officeId: "${ids.dhaka}", countryCode: "BGD", title: "x", startYear: 2010, endYear: 2008)`,
      'endYear',
      /not be before startYear/,
    );
    await refuse(
      `createImplementationPlan(programmeId: "${ids.programme}", year: 2012)`,
      'year',
      /within the programme \(2006-2009\)/,
    );
    await refuse(
      `createImplementationPlan(programmeId: "${ids.programme}", year: 2009)`,
      'year',
      /already has a plan for 2009/,
      'CONFLICT',
    );
    const item = (overrides: string) =>
      `createPlanItem(planId: "${ids.plan}", kind: OUTPUT, code: "O9", title: "x", startPeriodId: "${ids['2009-Q1']}", endPeriodId: "${ids['2009-Q2']}", fundingSource: RB, ${overrides})`;
    const foreignOutcome = await create(
      `createProgrammeOutcome(programmeId: "${ids.yangonProgramme}", code: "MMR1", title: "z")`,
    );
    await refuse(
      item(`programmeOutcomeId: "${foreignOutcome}"`),
      'programmeOutcomeId',
      /^must be an outcome of the plan's own programme$/,
    );
    const settled = await tableCounts(t.dataSource);
    await refuse(
      `createPlanItem(planId: "${ids.plan}", kind: OUTPUT, code: "O9", title: "x", startPeriodId: "${ids['2009-Q4']}", endPeriodId: "${ids['2009-Q1']}", fundingSource: RB)`,
      'endPeriodId',
      /must not end before 2009-Q4 starts/,
    );
    await refuse(
      `createPlanItem(planId: "${ids.plan}", kind: OUTPUT, code: "O9", title: "x", startPeriodId: "${ids['2010-Q1']}", endPeriodId: "${ids['2010-Q1']}", fundingSource: RB)`,
      'startPeriodId',
      /does not overlap the plan's year 2009/,
    );
    await refuse(item('budgetUsd: -5'), 'budgetUsd', /must not be negative/);
    await refuse(item('componentIds: ["999"]'), 'componentIds', /does not exist/);
    await refuse(item('code: "A1"').replace('code: "O9", ', ''), 'code', /already has an item A1/, 'CONFLICT');
    await refuse(
      `deleteCountryProgramme(id: "${ids.programme}")`,
      'id',
      /still has 1 implementation plans/,
      'CONFLICT',
    );
    expect(await tableCounts(t.dataSource)).toEqual(settled);
    expect(settled.office).toBe(before.office);
  });
});
