// @embedded: the progress statement is the largest SQL the API runs; PGlite must give the same figures.
import { beforeAll, describe, expect, it } from '@jest/globals';
import { IntermediateTargetEntity } from '#src/results/intermediate-target/intermediate-target.entity.js';
import { MilestoneStatus } from '#src/results/indicator-result/milestone-status.enum.js';
import { Aggregation, Measure } from '#src/results/indicator/indicator.enums.js';
import { createComponent, createIndicator, createOutcome, createFramework } from '#test/factories/framework.factory.js';
import { createRegion } from '#test/factories/office.factory.js';
import { createPeriods } from '#test/factories/period.factory.js';
import { createResult } from '#test/factories/result.factory.js';
import { dataOf, expectFieldError } from '#test/utils/expect-graphql.js';
import { Role } from '#src/platform/auth/role.enum.js';
import { sharedTestApp, type TestApp } from '#test/utils/test-app.js';

interface Row {
  indicatorCode: string;
  label: string;
  actualValue: number | null;
  milestoneStatus: string | null;
  reportingOffices: number;
  achievementPercent: number | null;
  expectedPercent: number | null;
  elapsedPercent: number;
  status: string;
}

const QUERY = `query ($frameworkId: ID!, $periodId: ID!, $officeId: ID) {
  indicatorProgress(frameworkId: $frameworkId, periodId: $periodId, officeId: $officeId) {
    indicatorCode label actualValue milestoneStatus reportingOffices achievementPercent expectedPercent elapsedPercent status
  }
}`;

describe('indicatorProgress', () => {
  let t: TestApp;
  let frameworkId: number;
  let periods: Record<string, { id: number }>;
  let offices: Awaited<ReturnType<typeof createRegion>>;

  const progress = async (periodCode: string, officeId?: number): Promise<Record<string, Row>> => {
    const variables = {
      frameworkId: String(frameworkId),
      periodId: String(periods[periodCode]!.id),
      officeId: officeId ? String(officeId) : null,
    };
    const rows = dataOf(await t.gql<{ indicatorProgress: Row[] }>(QUERY, variables)).indicatorProgress;
    return Object.fromEntries(rows.map((row) => [row.indicatorCode, row]));
  };

  beforeAll(async () => {
    t = await sharedTestApp();
    const ds = t.dataSource;
    const framework = await createFramework(ds);
    frameworkId = framework.id;
    const outcome = await createOutcome(ds, framework.id);
    offices = await createRegion(ds);
    periods = await createPeriods(ds, ['2008-Q1', '2008-Q2', '2008-Q4', '2008', '2009-Q1', '2009-Q2', '2009-Q3']);
    const { dhaka, yangon } = offices;
    const at = (component: number, period: string, officeId: number) => ({
      componentId: component,
      periodId: periods[period]!.id,
      officeId,
    });

    // 1.1: a level (publications online, 10 % -> 25 %), the latest value counts.
    const online = await createComponent(ds, await createIndicator(ds, outcome, { code: '1.1' }));
    await createResult(ds, at(online.id, '2008-Q2', dhaka.id), { value: 12 });
    await createResult(ds, at(online.id, '2009-Q1', dhaka.id), { value: 16 });
    await createResult(ds, at(online.id, '2009-Q1', yangon.id), { value: 20 });
    await createResult(ds, at(online.id, '2009-Q3', dhaka.id), { value: 24 });
    await ds
      .getRepository(IntermediateTargetEntity)
      .save({ componentId: online.id, periodId: periods['2008-Q4']!.id, value: 22, narrative: null });

    // 1.2: a flow (events held), summed over periods; the year 2008 supersedes its quarters.
    const events = await createComponent(
      ds,
      await createIndicator(ds, outcome, {
        code: '1.2',
        measure: Measure.NUMBER,
        aggregation: Aggregation.SUM,
        unit: 'events',
      }),
      { baselineValue: 12, targetValue: 20 },
    );
    await createResult(ds, at(events.id, '2008-Q1', dhaka.id), { value: 2 });
    await createResult(ds, at(events.id, '2008-Q2', dhaka.id), { value: 3 });
    await createResult(ds, at(events.id, '2008', dhaka.id), { value: 8 });
    await createResult(ds, at(events.id, '2009-Q1', dhaka.id), { value: 4 });
    await createResult(ds, at(events.id, '2009-Q2', yangon.id), { value: 5 });

    // 1.3: a milestone reached in Dhaka, under way in Yangon.
    const milestone = await createComponent(
      ds,
      await createIndicator(ds, outcome, { code: '1.3', measure: Measure.MILESTONE, unit: null }),
      { baselineValue: null, targetValue: null, targetNarrative: 'Tools are made available' },
    );
    await createResult(ds, at(milestone.id, '2009-Q1', dhaka.id), { milestoneStatus: MilestoneStatus.ACHIEVED });
    await createResult(ds, at(milestone.id, '2009-Q2', yangon.id), { milestoneStatus: MilestoneStatus.IN_PROGRESS });

    // 1.4: nothing reported.
    await createComponent(ds, await createIndicator(ds, outcome, { code: '1.4' }));
  });

  it('averages the latest value of each office for a level, ignoring later periods', async () => {
    const { '1.1': online } = await progress('2009-Q2');
    expect(online).toMatchObject({
      actualValue: 18,
      reportingOffices: 2,
      achievementPercent: 53.3,
      expectedPercent: 74.8,
      status: 'AT_RISK',
    });
  });

  it('sums a flow over periods and offices, a year replacing its own quarters', async () => {
    const { '1.2': events } = await progress('2009-Q2');
    expect(events).toMatchObject({ actualValue: 17, achievementPercent: 85, status: 'ON_TRACK' });
  });

  it('gives the share of offices that achieved a milestone, and the least advanced status', async () => {
    const { '1.3': milestone } = await progress('2009-Q2');
    expect(milestone).toMatchObject({ achievementPercent: 50, milestoneStatus: 'IN_PROGRESS', status: 'ON_TRACK' });
  });

  it('reports NO_DATA for a component nobody reported on', async () => {
    const { '1.4': silent } = await progress('2009-Q2');
    expect(silent).toMatchObject({
      actualValue: null,
      reportingOffices: 0,
      achievementPercent: null,
      status: 'NO_DATA',
    });
  });

  it('limits the figures to an office and the offices under it', async () => {
    const dhaka = await progress('2009-Q2', offices.dhaka.id);
    expect(dhaka['1.1']).toMatchObject({ actualValue: 16, achievementPercent: 40 });
    expect(dhaka['1.2']).toMatchObject({ actualValue: 12, achievementPercent: 60 });
    expect(dhaka['1.3']).toMatchObject({ achievementPercent: 100, milestoneStatus: 'ACHIEVED' });
    const region = await progress('2009-Q2', offices.region.id);
    expect(region['1.2']!.actualValue).toBe(17);
  });

  it('measures against the intermediate target set for the reporting period', async () => {
    const { '1.1': online } = await progress('2008-Q4');
    expect(online).toMatchObject({
      actualValue: 12,
      achievementPercent: 13.3,
      expectedPercent: 80,
      elapsedPercent: 50.1,
      status: 'OFF_TRACK',
    });
  });

  it('names the argument that refers to nothing', async () => {
    const response = await t.gql(QUERY, { frameworkId: '999', periodId: String(periods['2009-Q2']!.id) });
    expectFieldError(response, 'frameworkId', /no ResultsFramework with id 999/);
  });

  it("answers a viewer asking for an unpublished framework's indicator as for one that does not exist", async () => {
    const ds = t.dataSource;
    const published = await createFramework(ds, { title: 'Published', publishedAt: new Date() });
    await createOutcome(ds, published.id);
    const hidden = await createFramework(ds, { title: 'Hidden' });
    const hiddenIndicator = await createIndicator(ds, await createOutcome(ds, hidden.id), { code: '9.9' });
    const viewer = (await t.signedIn(Role.VIEWER)).token;
    const ask = (indicatorId: number) =>
      t.gql(
        `query ($frameworkId: ID!, $periodId: ID!, $indicatorId: ID) {
          indicatorProgress(frameworkId: $frameworkId, periodId: $periodId, indicatorId: $indicatorId) { label } }`,
        {
          frameworkId: String(published.id),
          periodId: String(periods['2009-Q2']!.id),
          indicatorId: String(indicatorId),
        },
        viewer,
      );
    expectFieldError(
      await ask(hiddenIndicator.id),
      'indicatorId',
      new RegExp(`^no Indicator with id ${hiddenIndicator.id}$`),
    );
    expectFieldError(await ask(999999), 'indicatorId', /^no Indicator with id 999999$/);
  });
});
