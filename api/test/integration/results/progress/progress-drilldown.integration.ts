import { beforeAll, describe, expect, it } from '@jest/globals';
import { Role } from '#src/platform/auth/role.enum.js';
import { Aggregation, Measure } from '#src/results/indicator/indicator.enums.js';
import { createComponent, createIndicator, createSmallFramework } from '#test/factories/framework.factory.js';
import { createRegion } from '#test/factories/office.factory.js';
import { createPeriods } from '#test/factories/period.factory.js';
import { createResult } from '#test/factories/result.factory.js';
import { dataOf, expectFieldError } from '#test/utils/expect-graphql.js';
import { sharedTestApp, type TestApp } from '#test/utils/test-app.js';

interface TrendPoint {
  periodCode: string;
  label: string;
  actualValue: number | null;
  achievementPercent: number | null;
  status: string;
}
interface OfficeRow {
  officeCode: string;
  actualValue: number | null;
  achievementPercent: number | null;
  status: string;
}

const TREND = `query ($f: ID!, $i: ID!, $p: [ID!]!, $o: ID) {
  indicatorProgressTrend(frameworkId: $f, indicatorId: $i, periodIds: $p, officeId: $o) {
    periodCode label actualValue achievementPercent status } }`;
const OFFICES = `query ($c: ID!, $p: ID!) {
  componentOfficeProgress(componentId: $c, periodId: $p) { officeCode actualValue achievementPercent status } }`;
const PROGRESS = `query ($f: ID!, $p: ID!, $i: ID) {
  indicatorProgress(frameworkId: $f, periodId: $p, indicatorId: $i) { indicatorCode label actualValue achievementPercent status } }`;

describe("the dashboard's drill-downs", () => {
  let t: TestApp;
  let ids: { framework: string; indicator: string; other: string; component: string; periods: string[] };
  let offices: Awaited<ReturnType<typeof createRegion>>;

  beforeAll(async () => {
    t = await sharedTestApp();
    const ds = t.dataSource;
    offices = await createRegion(ds);
    // 1.1 counts events (a flow, summed): baseline 0, target 20 over 2009.
    const { framework, outcome } = await createSmallFramework(ds);
    const indicator = await createIndicator(ds, outcome, {
      code: '1.2',
      measure: Measure.NUMBER,
      aggregation: Aggregation.SUM,
    });
    const events = await createComponent(ds, indicator, { baselineValue: 0, targetValue: 20 });
    const periods = await createPeriods(ds, ['2009-Q1', '2009-Q2', '2009-Q3', '2009-Q4']);
    const { dhaka, yangon } = offices;
    const at = (period: string, officeId: number) => ({
      componentId: events.id,
      periodId: periods[period]!.id,
      officeId,
    });
    await createResult(ds, at('2009-Q1', dhaka.id), { value: 2 });
    await createResult(ds, at('2009-Q2', dhaka.id), { value: 3 });
    await createResult(ds, at('2009-Q2', yangon.id), { value: 5 });
    const { framework: other, indicators } = await createSmallFramework(ds);
    ids = {
      framework: String(framework.id),
      indicator: String(indicator.id),
      other: String(indicators[0]!.id),
      component: String(events.id),
      periods: ['2009-Q1', '2009-Q2', '2009-Q3'].map((code) => String(periods[code]!.id)),
    };
    expect(other.id).not.toBe(framework.id);
  });

  it('charts an indicator period by period, as indicatorProgress counts each period', async () => {
    const trend = dataOf(
      await t.gql<{ indicatorProgressTrend: TrendPoint[] }>(TREND, {
        f: ids.framework,
        i: ids.indicator,
        p: ids.periods,
      }),
    ).indicatorProgressTrend;
    expect(trend.map((point) => [point.periodCode, point.label, point.actualValue])).toEqual([
      ['2009-Q1', '(i)', 2],
      ['2009-Q2', '(i)', 10],
      ['2009-Q3', '(i)', 10],
    ]);
    for (const [index, periodId] of ids.periods.entries()) {
      const rows = dataOf(
        await t.gql<{ indicatorProgress: TrendPoint[] }>(PROGRESS, { f: ids.framework, p: periodId, i: ids.indicator }),
      ).indicatorProgress;
      expect(rows).toHaveLength(1);
      expect(trend[index]).toMatchObject({
        actualValue: rows[0]!.actualValue,
        achievementPercent: rows[0]!.achievementPercent,
        status: rows[0]!.status,
      });
    }
  });

  it('splits a component office by office with the same rule', async () => {
    const rows = dataOf(
      await t.gql<{ componentOfficeProgress: OfficeRow[] }>(OFFICES, { c: ids.component, p: ids.periods[1] }),
    ).componentOfficeProgress;
    expect(rows).toEqual([
      { officeCode: 'CO-DHAKA', actualValue: 5, achievementPercent: 25, status: expect.any(String) },
      { officeCode: 'LO-YANGON', actualValue: 5, achievementPercent: 25, status: expect.any(String) },
    ]);
  });

  it("shows a programme officer only their own office's figures", async () => {
    const { token } = await t.signedIn(Role.PROGRAMME_OFFICER, [offices.dhaka.id]);
    const rows = dataOf(
      await t.gql<{ componentOfficeProgress: OfficeRow[] }>(OFFICES, { c: ids.component, p: ids.periods[1] }, token),
    ).componentOfficeProgress;
    expect(rows.map((row) => row.officeCode)).toEqual(['CO-DHAKA']);
    const trend = dataOf(
      await t.gql<{ indicatorProgressTrend: TrendPoint[] }>(
        TREND,
        { f: ids.framework, i: ids.indicator, p: ids.periods },
        token,
      ),
    ).indicatorProgressTrend;
    expect(trend.map((point) => point.actualValue)).toEqual([2, 5, 5]);
    const refused = await t.gql(
      TREND,
      { f: ids.framework, i: ids.indicator, p: ids.periods, o: String(offices.yangon.id) },
      token,
    );
    expectFieldError(refused, 'officeId', /LO-YANGON is outside the offices you may see/, 'FORBIDDEN');
  });

  it('names the field of each bad argument', async () => {
    const trend = (variables: Record<string, unknown>) =>
      t.gql(TREND, { f: ids.framework, i: ids.indicator, p: ids.periods, ...variables });
    expectFieldError(await trend({ p: [] }), 'periodIds', /at least one period/, 'BAD_USER_INPUT');
    expectFieldError(
      await trend({ p: Array.from({ length: 17 }, (_, n) => String(n + 1)) }),
      'periodIds',
      /at most 16/,
      'BAD_USER_INPUT',
    );
    expectFieldError(
      await trend({ p: ['999999'] }),
      'periodIds',
      /no ReportingPeriod with id 999999/,
      'BAD_USER_INPUT',
    );
    expectFieldError(
      await trend({ i: ids.other }),
      'indicatorId',
      /must be an indicator of the framework asked for/,
      'BAD_USER_INPUT',
    );
    expectFieldError(
      await t.gql(PROGRESS, { f: ids.framework, p: ids.periods[0], i: ids.other }),
      'indicatorId',
      /must be an indicator of the framework asked for/,
      'BAD_USER_INPUT',
    );
    expectFieldError(
      await t.gql(OFFICES, { c: '999999', p: ids.periods[0] }),
      'componentId',
      /no IndicatorComponent/,
      'BAD_USER_INPUT',
    );
    expectFieldError(await t.gql(OFFICES, { c: ids.component, p: 'x' }), 'periodId', /must be an id/, 'BAD_USER_INPUT');
  });
});
