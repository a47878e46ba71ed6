// @embedded: the set-based copy (INSERT ... SELECT under audit triggers) and the recursive walk up the predecessors must run on PGlite too.
import { beforeAll, describe, expect, it } from '@jest/globals';
import { Role } from '#src/platform/auth/role.enum.js';
import { Aggregation, Measure } from '#src/results/indicator/indicator.enums.js';
import { createComponent, createIndicator, createSmallFramework } from '#test/factories/framework.factory.js';
import { createRegion } from '#test/factories/office.factory.js';
import { createPeriods } from '#test/factories/period.factory.js';
import { createResult } from '#test/factories/result.factory.js';
import { dataOf } from '#test/utils/expect-graphql.js';
import { sharedTestApp, type TestApp } from '#test/utils/test-app.js';

interface Point {
  periodCode: string;
  frameworkTitle: string;
  indicatorCode: string;
  label: string;
  actualValue: number | null;
  targetValue: number | null;
  achievementPercent: number | null;
}

const TREND = `query ($f: ID!, $i: ID!, $p: [ID!]!, $across: Boolean) {
  indicatorProgressTrend(frameworkId: $f, indicatorId: $i, periodIds: $p, acrossVersions: $across) {
    periodCode frameworkTitle indicatorCode label actualValue targetValue achievementPercent } }`;
const COPY = `mutation ($id: ID!, $title: String!, $start: LocalDate!, $end: LocalDate!) {
  copyResultsFramework(id: $id, title: $title, startDate: $start, endDate: $end) {
    id outcomes { indicators { id code components { id } } } } }`;

type Copied = {
  copyResultsFramework: {
    id: string;
    outcomes: { indicators: { id: string; code: string; components: { id: string }[] }[] }[];
  };
};

// An indicator followed through three framework versions on the dashboard's trend.
describe('the trend across framework versions', () => {
  let t: TestApp;
  let latest: { framework: string; indicator: string };
  let periodIds: string[];

  const pointsOf = (points: Point[]) =>
    points.map((p) => [p.periodCode, p.frameworkTitle, p.indicatorCode, p.label, p.actualValue, p.targetValue]);

  beforeAll(async () => {
    t = await sharedTestApp();
    const ds = t.dataSource;
    const { dhaka } = await createRegion(ds);
    const periods = await createPeriods(ds, ['2009-Q3', '2009-Q4', '2010-Q1', '2010-Q2', '2012-Q1']);
    // 1.2 counts events (summed), target 20 in 2008-09.
    const { framework, outcome } = await createSmallFramework(ds, { framework: { title: 'Strategy 2008-09' } });
    const indicator = await createIndicator(ds, outcome, {
      code: '1.2',
      measure: Measure.NUMBER,
      aggregation: Aggregation.SUM,
    });
    const events = await createComponent(ds, indicator, { baselineValue: 0, targetValue: 20 });
    const result = (componentId: number, period: string, value: number) =>
      createResult(ds, { componentId, periodId: periods[period]!.id, officeId: dhaka.id }, { value });
    await result(events.id, '2009-Q3', 4);
    await result(events.id, '2009-Q4', 6);

    const copy = async (id: string | number, title: string, start: string, end: string) => {
      const copied = dataOf(await t.gql<Copied>(COPY, { id: String(id), title, start, end })).copyResultsFramework;
      const continued = copied.outcomes.flatMap((o) => o.indicators).find((i) => i.code === '1.2')!;
      return { framework: copied.id, indicator: continued.id, component: continued.components[0]!.id };
    };
    const second = await copy(framework.id, 'Strategy 2010-11', '2010-01-01', '2011-12-31');
    // The new biennium raises the target; its results are its own.
    dataOf(await t.gql(`mutation { updateIndicatorComponent(id: "${second.component}", targetValue: 30) { id } }`));
    await result(Number(second.component), '2010-Q1', 3);
    await result(Number(second.component), '2010-Q2', 9);
    const third = await copy(second.framework, 'Strategy 2012-13', '2012-01-01', '2013-12-31');
    await result(Number(third.component), '2012-Q1', 5);
    dataOf(await t.gql(`mutation { publishResultsFramework(id: "${third.framework}") { id } }`));
    latest = { framework: third.framework, indicator: third.indicator };
    periodIds = ['2009-Q3', '2009-Q4', '2010-Q1', '2010-Q2', '2012-Q1'].map((code) => String(periods[code]!.id));
  });

  it('follows the indicator through its predecessors, each point labelled with its framework', async () => {
    const points = dataOf(
      await t.gql<{ indicatorProgressTrend: Point[] }>(TREND, {
        f: latest.framework,
        i: latest.indicator,
        p: periodIds,
        across: true,
      }),
    ).indicatorProgressTrend;
    expect(pointsOf(points)).toEqual([
      ['2009-Q3', 'Strategy 2008-09', '1.2', '(i)', 4, 20],
      ['2009-Q4', 'Strategy 2008-09', '1.2', '(i)', 10, 20],
      ['2010-Q1', 'Strategy 2010-11', '1.2', '(i)', 3, 30],
      ['2010-Q2', 'Strategy 2010-11', '1.2', '(i)', 12, 30],
      ['2012-Q1', 'Strategy 2012-13', '1.2', '(i)', 5, 30],
    ]);
    expect(points.map((point) => point.achievementPercent)).toEqual([20, 50, 10, 40, expect.any(Number)]);
  });

  it('stays in the asked version without acrossVersions, as before', async () => {
    const points = dataOf(
      await t.gql<{ indicatorProgressTrend: Point[] }>(TREND, {
        f: latest.framework,
        i: latest.indicator,
        p: periodIds,
      }),
    ).indicatorProgressTrend;
    expect(pointsOf(points)).toEqual(
      ['2009-Q3', '2009-Q4', '2010-Q1', '2010-Q2']
        .map((code) => [code, 'Strategy 2012-13', '1.2', '(i)', null, 30])
        .concat([['2012-Q1', 'Strategy 2012-13', '1.2', '(i)', 5, 30]]),
    );
  });

  it('does not lead a viewer into versions that are not published', async () => {
    const { token } = await t.signedIn(Role.VIEWER);
    const points = dataOf(
      await t.gql<{ indicatorProgressTrend: Point[] }>(
        TREND,
        { f: latest.framework, i: latest.indicator, p: periodIds, across: true },
        token,
      ),
    ).indicatorProgressTrend;
    expect(points.map((point) => [point.periodCode, point.frameworkTitle, point.actualValue])).toEqual([
      ['2009-Q3', 'Strategy 2012-13', null],
      ['2009-Q4', 'Strategy 2012-13', null],
      ['2010-Q1', 'Strategy 2012-13', null],
      ['2010-Q2', 'Strategy 2012-13', null],
      ['2012-Q1', 'Strategy 2012-13', 5],
    ]);
  });
});
