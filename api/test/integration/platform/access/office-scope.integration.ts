import { beforeAll, describe, expect, it } from '@jest/globals';
import { Role } from '#src/platform/auth/role.enum.js';
import { createProgrammeWithPlan } from '#test/factories/dwcp.factory.js';
import { createSmallFramework } from '#test/factories/framework.factory.js';
import { createRegion } from '#test/factories/office.factory.js';
import { createPeriods } from '#test/factories/period.factory.js';
import { createResult } from '#test/factories/result.factory.js';
import { dataOf, expectFieldError, expectRefused } from '#test/utils/expect-graphql.js';
import { sharedTestApp, type TestApp } from '#test/utils/test-app.js';

// Dhaka's programme officer must not reach Yangon's results by any path.
describe('office scope', () => {
  let t: TestApp;
  let ids: {
    framework: number;
    component: number;
    period: number;
    dhaka: number;
    yangon: number;
    dhakaResult: number;
    yangonResult: number;
  };
  const tokens: Partial<Record<Role, string>> = {};

  beforeAll(async () => {
    t = await sharedTestApp();
    const { framework, components } = await createSmallFramework(t.dataSource);
    const { region, dhaka, yangon } = await createRegion(t.dataSource);
    const { '2009-Q2': period } = await createPeriods(t.dataSource, ['2009-Q2']);
    const keys = { componentId: components[0]!.id, periodId: period!.id };
    const dhakaResult = await createResult(t.dataSource, { ...keys, officeId: dhaka.id }, { value: 12 });
    const yangonResult = await createResult(t.dataSource, { ...keys, officeId: yangon.id }, { value: 20 });
    ids = {
      framework: framework.id,
      component: components[0]!.id,
      period: period!.id,
      dhaka: dhaka.id,
      yangon: yangon.id,
      dhakaResult: dhakaResult.id,
      yangonResult: yangonResult.id,
    };
    tokens.PROGRAMME_OFFICER = (await t.signedIn(Role.PROGRAMME_OFFICER, [dhaka.id])).token;
    tokens.REGIONAL_MANAGER = (await t.signedIn(Role.REGIONAL_MANAGER, [region.id])).token;
    tokens.KM_OFFICER = (await t.signedIn(Role.KM_OFFICER, [region.id])).token;
    tokens.VIEWER = (await t.signedIn(Role.VIEWER)).token;
  });

  const asPO = <T = Record<string, unknown>>(query: string) => t.gql<T>(query, undefined, tokens.PROGRAMME_OFFICER);
  const resultIds = async (query: string, role: Role) =>
    dataOf(
      await t.gql<{ allIndicatorResults: { id: string }[] }>(query, undefined, tokens[role]),
    ).allIndicatorResults.map((r) => Number(r.id));

  describe('a programme officer of Dhaka', () => {
    it('lists and counts only Dhaka results', async () => {
      expect(await resultIds('{ allIndicatorResults { id } }', Role.PROGRAMME_OFFICER)).toEqual([ids.dhakaResult]);
      expect(
        dataOf(await asPO<{ _allIndicatorResultsMeta: { count: number } }>('{ _allIndicatorResultsMeta { count } }'))
          ._allIndicatorResultsMeta.count,
      ).toBe(1);
    });

    it("gets nothing for Yangon's result by guessing its id", async () => {
      expect(dataOf(await asPO(`{ IndicatorResult(id: "${ids.yangonResult}") { id } }`))).toEqual({
        IndicatorResult: null,
      });
    });

    it('gets nothing by filtering on Yangon or on its ids', async () => {
      expect(
        await resultIds(
          `{ allIndicatorResults(filter: { officeId: "${ids.yangon}" }) { id } }`,
          Role.PROGRAMME_OFFICER,
        ),
      ).toEqual([]);
      expect(
        await resultIds(
          `{ allIndicatorResults(filter: { ids: ["${ids.yangonResult}"] }) { id } }`,
          Role.PROGRAMME_OFFICER,
        ),
      ).toEqual([]);
    });

    it('sees progress from Dhaka results only, and may not ask for Yangon', async () => {
      const mine = await asPO<{ indicatorProgress: { actualValue: number }[] }>(
        `{ indicatorProgress(frameworkId: "${ids.framework}", periodId: "${ids.period}") { actualValue } }`,
      );
      expect(dataOf(mine).indicatorProgress[0]!.actualValue).toBe(12);
      const theirs = await asPO(
        `{ indicatorProgress(frameworkId: "${ids.framework}", periodId: "${ids.period}", officeId: "${ids.yangon}") { actualValue } }`,
      );
      expectFieldError(theirs, 'officeId', /LO-YANGON is outside the offices you may see/, 'FORBIDDEN');
    });

    it("sees only Dhaka's programme in reporting compliance, and may not ask for Yangon's", async () => {
      await createProgrammeWithPlan(t.dataSource, ids.dhaka, 'BGD', []);
      await createProgrammeWithPlan(t.dataSource, ids.yangon, 'MMR', []);
      const compliance = (officeId: string, token?: string) =>
        t.gql<{ reportingCompliance: { programmes: { officeCode: string; countryCode: string }[] } }>(
          `{ reportingCompliance(officeId: ${officeId}, periodIds: ["${ids.period}"]) { programmes { officeCode countryCode } } }`,
          undefined,
          token,
        );
      expect(dataOf(await compliance('null', tokens.PROGRAMME_OFFICER)).reportingCompliance.programmes).toEqual([
        { officeCode: 'CO-DHAKA', countryCode: 'BGD' },
      ]);
      expectFieldError(
        await compliance(`"${ids.yangon}"`, tokens.PROGRAMME_OFFICER),
        'officeId',
        /LO-YANGON is outside the offices you may see/,
        'FORBIDDEN',
      );
      expect(dataOf(await compliance('null', tokens.REGIONAL_MANAGER)).reportingCompliance.programmes).toEqual([
        { officeCode: 'CO-DHAKA', countryCode: 'BGD' },
        { officeCode: 'LO-YANGON', countryCode: 'MMR' },
      ]);
    });

    it("cannot read Yangon's result through its audit trail", async () => {
      expectFieldError(
        await asPO(`{ auditTrail(entityType: "IndicatorResult", entityId: "${ids.yangonResult}") { id } }`),
        'entityId',
        /no IndicatorResult/,
      );
    });

    it("cannot change or delete Yangon's result: programme officers change results only through reports", async () => {
      const update = await asPO(`mutation { updateIndicatorResult(id: "${ids.yangonResult}", value: 1) { id } }`);
      expectRefused(update, 'FORBIDDEN', /may not call updateIndicatorResult/);
      const remove = await asPO(`mutation { deleteIndicatorResult(id: "${ids.yangonResult}") { id } }`);
      expectRefused(remove, 'FORBIDDEN', /may not call deleteIndicatorResult/);
      const [row] = (await t.dataSource.query('SELECT value FROM indicator_result WHERE id = $1', [
        ids.yangonResult,
      ])) as { value: number }[];
      expect(row!.value).toBe(20);
    });

    it('enters no results outside a report, where Yangon is out of reach', async () => {
      const create = await asPO(
        `mutation { createIndicatorResult(componentId: "${ids.component}", periodId: "${ids.period}", officeId: "${ids.dhaka}", value: 5) { id } }`,
      );
      expectRefused(create, 'FORBIDDEN', /PROGRAMME_OFFICER may not call createIndicatorResult/);
    });
  });

  it('a regional manager reads the whole subtree of ROAP', async () => {
    expect((await resultIds('{ allIndicatorResults { id } }', Role.REGIONAL_MANAGER)).sort()).toEqual(
      expect.arrayContaining([ids.dhakaResult, ids.yangonResult]),
    );
  });

  it('a KM officer of ROAP cannot enter results for Yangon by setting officeId', async () => {
    const response = await t.gql(
      `mutation { createIndicatorResult(componentId: "${ids.component}", periodId: "${ids.period}", officeId: "${ids.yangon}", value: 5) { id } }`,
      undefined,
      tokens.KM_OFFICER,
    );
    expectFieldError(response, 'officeId', /may not report results for LO-YANGON/, 'FORBIDDEN');
  });

  it('a KM officer of ROAP reads Dhaka results but changes only its own office’s', async () => {
    expect(
      await resultIds(`{ allIndicatorResults(filter: { officeId: "${ids.dhaka}" }) { id } }`, Role.KM_OFFICER),
    ).toContain(ids.dhakaResult);
    const response = await t.gql(
      `mutation { updateIndicatorResult(id: "${ids.dhakaResult}", value: 13) { id } }`,
      undefined,
      tokens.KM_OFFICER,
    );
    expectFieldError(response, 'id', /may not change the results of another office/, 'FORBIDDEN');
  });

  describe('a viewer', () => {
    it('sees no results of an unpublished framework', async () => {
      expect(await resultIds('{ allIndicatorResults { id } }', Role.VIEWER)).toEqual([]);
    });

    it('sees a framework and its parts only once published', async () => {
      const asViewer = (query: string) => t.gql<Record<string, unknown>>(query, undefined, tokens.VIEWER);
      expect(dataOf(await asViewer('{ allResultsFrameworks { id } allIndicators { id } }'))).toEqual({
        allResultsFrameworks: [],
        allIndicators: [],
      });
      expect(dataOf(await asViewer(`{ IndicatorComponent(id: "${ids.component}") { id } }`))).toEqual({
        IndicatorComponent: null,
      });
      expectFieldError(
        await asViewer(`{ indicatorProgress(frameworkId: "${ids.framework}", periodId: "${ids.period}") { status } }`),
        'frameworkId',
        /no ResultsFramework/,
      );
      dataOf(await t.gql(`mutation { publishResultsFramework(id: "${ids.framework}") { publishedAt } }`));
      const published = dataOf(
        await asViewer(
          `{ allResultsFrameworks { id } allIndicators { code } IndicatorComponent(id: "${ids.component}") { id } }`,
        ),
      );
      expect(published).toMatchObject({
        allResultsFrameworks: [{ id: String(ids.framework) }],
        IndicatorComponent: { id: String(ids.component) },
      });
      // Results KM staff entered directly count as approved: the viewer's figure spans every office.
      const progress = await asViewer(
        `{ indicatorProgress(frameworkId: "${ids.framework}", periodId: "${ids.period}") { actualValue } }`,
      );
      expect(dataOf(progress)).toEqual({ indicatorProgress: [{ actualValue: 16 }] });
      const visible = await resultIds('{ allIndicatorResults { id } }', Role.VIEWER);
      expect(visible.sort()).toEqual([ids.dhakaResult, ids.yangonResult].sort());
    });

    it('reads no user data', async () => {
      expectRefused(
        await t.gql('{ allUsers { email } }', undefined, tokens.VIEWER),
        'FORBIDDEN',
        /a VIEWER may not call allUsers/,
      );
    });
  });
});
