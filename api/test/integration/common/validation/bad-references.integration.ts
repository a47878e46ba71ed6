// @embedded: PGlite reports broken references with its own error codes, which must still become field errors.
import { beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { createProgrammeWithPlan } from '#test/factories/dwcp.factory.js';
import { IndicatorEntity } from '#src/results/indicator/indicator.entity.js';
import {
  createComponent,
  createIndicator,
  createOutcome,
  createSmallFramework,
} from '#test/factories/framework.factory.js';
import { createRegion } from '#test/factories/office.factory.js';
import { createPeriods } from '#test/factories/period.factory.js';
import { dataOf, expectFieldError } from '#test/utils/expect-graphql.js';
import { tableCounts } from '#test/utils/table-counts.js';
import { sharedTestApp, type TestApp } from '#test/utils/test-app.js';

// Unknown ids, records of another framework, and deletes of records still in use.
describe('bad references are refused, naming the field, and change nothing', () => {
  let t: TestApp;
  let ids: { framework: number; outcome: number; indicator: number; component: number; office: number; period: number };
  let otherFramework: { indicator: IndicatorEntity; outcome: number };
  let before: Record<string, number>;

  beforeAll(async () => {
    t = await sharedTestApp();
    const { framework, outcome, indicators, components } = await createSmallFramework(t.dataSource);
    const other = await createSmallFramework(t.dataSource, { framework: { title: 'Another framework' } });
    const { region } = await createRegion(t.dataSource);
    const periods = await createPeriods(t.dataSource, ['2009-Q2']);
    ids = {
      framework: framework.id,
      outcome: outcome.id,
      indicator: indicators[0]!.id,
      component: components[0]!.id,
      office: region.id,
      period: periods['2009-Q2']!.id,
    };
    otherFramework = { indicator: other.indicators[0]!, outcome: other.outcome.id };
  });

  beforeEach(async () => {
    before = await tableCounts(t.dataSource);
  });

  const expectNothingWritten = async () => expect(await tableCounts(t.dataSource)).toEqual(before);

  it.each([
    ['createOutcome', `mutation { createOutcome(frameworkId: "999", number: 2, title: "x") { id } }`, 'frameworkId'],
    ['updateIndicator', `mutation { updateIndicator(id: "999", title: "x") { id } }`, 'id'],
    ['deleteOffice', `mutation { deleteOffice(id: "999") { id } }`, 'id'],
    [
      'createIntermediateTarget',
      `mutation { createIntermediateTarget(componentId: "999", periodId: "1", value: 5) { id } }`,
      'componentId',
    ],
  ])('%s with an unknown id', async (_name, mutation, field) => {
    expectFieldError(await t.gql(mutation), field, /no \w+ with id 999/);
    await expectNothingWritten();
  });

  it('createIndicatorResult with an unknown office', async () => {
    const response = await t.gql(
      `mutation { createIndicatorResult(componentId: "${ids.component}", periodId: "${ids.period}", officeId: "4242", value: 12) { id } }`,
    );
    expectFieldError(response, 'officeId', /no Office with id 4242/);
    await expectNothingWritten();
  });

  it('an id that is not a number', async () => {
    expectFieldError(
      await t.gql(`mutation { createOutcome(frameworkId: "abc", number: 2, title: "x") { id } }`),
      'frameworkId',
      /must be an id/,
    );
    await expectNothingWritten();
  });

  it("moving a component to another framework's indicator", async () => {
    const response = await t.gql(
      `mutation { updateIndicatorComponent(id: "${ids.component}", indicatorId: "${otherFramework.indicator.id}") { id } }`,
    );
    expectFieldError(response, 'indicatorId', /another framework's indicator/);
    await expectNothingWritten();
  });

  it("moving an indicator to another framework's outcome", async () => {
    const response = await t.gql(
      `mutation { updateIndicator(id: "${ids.indicator}", outcomeId: "${otherFramework.outcome}") { id } }`,
    );
    expectFieldError(response, 'outcomeId', /another framework's outcome/);
    await expectNothingWritten();
  });

  it('deleting an outcome that still has indicators', async () => {
    const response = await t.gql(`mutation { deleteOutcome(id: "${ids.outcome}") { id } }`);
    expectFieldError(response, 'id', /still has 1 indicators/, 'CONFLICT');
    await expectNothingWritten();
  });

  it('deleting the last component of an indicator, or a framework with outcomes', async () => {
    expectFieldError(
      await t.gql(`mutation { deleteIndicatorComponent(id: "${ids.component}") { id } }`),
      'id',
      /at least one component/,
      'CONFLICT',
    );
    expectFieldError(
      await t.gql(`mutation { deleteResultsFramework(id: "${ids.framework}") { id } }`),
      'id',
      /still has 1 outcomes/,
      'CONFLICT',
    );
    await expectNothingWritten();
  });

  it('deleting an office with offices under it, or a period in use', async () => {
    expectFieldError(
      await t.gql(`mutation { deleteOffice(id: "${ids.office}") { id } }`),
      'id',
      /2 offices under it/,
      'CONFLICT',
    );
    await t.dataSource.query('UPDATE indicator_component SET target_period_id = $1 WHERE id = $2', [
      ids.period,
      ids.component,
    ]);
    before = await tableCounts(t.dataSource);
    expectFieldError(
      await t.gql(`mutation { deleteReportingPeriod(id: "${ids.period}") { id } }`),
      'id',
      /used by 1 targets/,
      'CONFLICT',
    );
    await expectNothingWritten();
  });

  it('deleting a plan item that a report line uses, on either database', async () => {
    const { items, programme } = await createProgrammeWithPlan(t.dataSource, ids.office, 'BGD', [
      { code: 'A1', startPeriodId: ids.period, endPeriodId: ids.period },
    ]);
    dataOf(
      await t.gql(
        `mutation { createProgressReport(programmeId: "${programme.id}", periodId: "${ids.period}") { id } }`,
      ),
    );
    const lines = (await t.dataSource.query(
      'SELECT count(*)::int AS n FROM progress_report_line WHERE plan_item_id = $1',
      [items.A1!.id],
    )) as { n: number }[];
    expect(lines[0]!.n).toBe(1);
    before = await tableCounts(t.dataSource);
    expectFieldError(
      await t.gql(`mutation { deletePlanItem(id: "${items.A1!.id}") { id } }`),
      'id',
      /still in use|used by/,
      'CONFLICT',
    );
    await expectNothingWritten();
  });

  it('a duplicate code, outcome number or result', async () => {
    expectFieldError(
      await t.gql(`mutation { createOffice(code: "ROAP", name: "Again", type: REGIONAL) { id } }`),
      'code',
      /already exists/,
      'CONFLICT',
    );
    expectFieldError(
      await t.gql(`mutation { createOutcome(frameworkId: "${ids.framework}", number: 1, title: "Again") { id } }`),
      'number',
      /already has an outcome 1/,
      'CONFLICT',
    );
    const result = `mutation { createIndicatorResult(componentId: "${ids.component}", periodId: "${ids.period}", officeId: "${ids.office}", value: 12) { id } }`;
    dataOf(await t.gql(result));
    before = await tableCounts(t.dataSource);
    expectFieldError(await t.gql(result), 'componentId', /already reported this component for 2009-Q2/, 'CONFLICT');
    await expectNothingWritten();
  });

  it('an indicator code that does not start with its outcome number', async () => {
    const response = await t.gql(`mutation {
      createIndicator(outcomeId: "${ids.outcome}", code: "2.7", title: "x", scope: INTERNAL, measure: NUMBER,
        components: [{ targetValue: 3 }]) { id } }`);
    expectFieldError(response, 'code', /must start with the outcome number 1\./);
    await expectNothingWritten();
  });

  it('an office reporting to an office of its own level or below', async () => {
    const countryOffice = await t.gql<{ allOffices: { id: string }[] }>(
      '{ allOffices(filter: { code: "CO-DHAKA" }) { id } }',
    );
    const dhaka = dataOf(countryOffice).allOffices[0]!.id;
    const response = await t.gql(
      `mutation { createOffice(code: "CO-X", name: "X", type: COUNTRY, parentId: "${dhaka}") { id } }`,
    );
    expectFieldError(response, 'parentId', /a COUNTRY office cannot report to a COUNTRY office/);
    await expectNothingWritten();
  });

  it('still lets a component move to another indicator of the same framework', async () => {
    const indicatorOfSameFramework = await t.dataSource
      .getRepository(IndicatorEntity)
      .findOneByOrFail({ id: ids.indicator });
    await createComponent(t.dataSource, indicatorOfSameFramework, { position: 2 });
    const second = await createOutcome(t.dataSource, ids.framework, { number: 2 });
    const target = await createIndicator(t.dataSource, second, { code: '2.1' });
    await createComponent(t.dataSource, target);
    const moved = await t.gql<{ updateIndicatorComponent: { indicatorId: string; position: number } }>(
      `mutation { updateIndicatorComponent(id: "${ids.component}", indicatorId: "${target.id}") { indicatorId position } }`,
    );
    expect(dataOf(moved).updateIndicatorComponent).toEqual({ indicatorId: String(target.id), position: 2 });
  });
});
