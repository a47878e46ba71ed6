import { beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { Measure } from '#src/results/indicator/indicator.enums.js';
import { PeriodStatus } from '#src/platform/reporting-period/reporting-period.enums.js';
import { createComponent, createIndicator, createSmallFramework } from '#test/factories/framework.factory.js';
import { createOffice } from '#test/factories/office.factory.js';
import { createPeriod, createPeriods } from '#test/factories/period.factory.js';
import { dataOf, expectFieldError } from '#test/utils/expect-graphql.js';
import { tableCounts } from '#test/utils/table-counts.js';
import { sharedTestApp, type TestApp } from '#test/utils/test-app.js';

// Values that break a rule: ranges, formats, lengths, dates, sums, closed periods.
describe('bad values are refused, naming the field, and change nothing', () => {
  let t: TestApp;
  let ids: {
    framework: number;
    outcome: number;
    percent: number;
    count: number;
    milestone: number;
    office: number;
    q2: number;
    closed: number;
  };
  let before: Record<string, number>;

  beforeAll(async () => {
    t = await sharedTestApp();
    const { framework, outcome, components } = await createSmallFramework(t.dataSource);
    const countIndicator = await createIndicator(t.dataSource, outcome, {
      code: '1.2',
      measure: Measure.NUMBER,
      unit: 'people',
    });
    const count = await createComponent(t.dataSource, countIndicator, { baselineValue: 0, targetValue: 100 });
    const milestoneIndicator = await createIndicator(t.dataSource, outcome, {
      code: '1.3',
      measure: Measure.MILESTONE,
    });
    const milestone = await createComponent(t.dataSource, milestoneIndicator, {
      baselineValue: null,
      targetValue: null,
    });
    const office = await createOffice(t.dataSource);
    const periods = await createPeriods(t.dataSource, ['2009-Q2']);
    const closed = await createPeriod(t.dataSource, '2008-Q1', { status: PeriodStatus.CLOSED });
    ids = {
      framework: framework.id,
      outcome: outcome.id,
      percent: components[0]!.id,
      count: count.id,
      milestone: milestone.id,
      office: office.id,
      q2: periods['2009-Q2']!.id,
      closed: closed.id,
    };
  });

  beforeEach(async () => {
    before = await tableCounts(t.dataSource);
  });

  const expectNothingWritten = async () => expect(await tableCounts(t.dataSource)).toEqual(before);
  const result = (component: number, fields: string, period = ids.q2) =>
    t.gql(
      `mutation { createIndicatorResult(componentId: "${component}", periodId: "${period}", officeId: "${ids.office}", ${fields}) { id } }`,
    );

  it('a percentage above 100 or below 0', async () => {
    expectFieldError(await result(ids.percent, 'value: 101'), 'value', /between 0 and 100/);
    expectFieldError(await result(ids.percent, 'value: -0.5'), 'value', /between 0 and 100/);
    await expectNothingWritten();
  });

  it('a percentage out of range in a nested component, leaving no indicator behind', async () => {
    const response = await t.gql(`mutation {
      createIndicator(outcomeId: "${ids.outcome}", code: "1.9", title: "Share of offices", scope: INTERNAL, measure: PERCENT,
        components: [{ baselineValue: 10, targetValue: 50 }, { baselineValue: 120, targetValue: 130 }]) { id } }`);
    expect(response.errors![0]!.extensions!.fields).toEqual([
      { field: 'components[1].baselineValue', message: 'a percentage must be between 0 and 100' },
      { field: 'components[1].targetValue', message: 'a percentage must be between 0 and 100' },
    ]);
    await expectNothingWritten();
  });

  it.each(['2009-Q5', '2008-10', 'Q2 2009', '09'])('a period code that does not parse: %p', async (code) => {
    expectFieldError(
      await t.gql(`mutation { createReportingPeriod(code: "${code}") { id } }`),
      'code',
      /must be a quarter \(2009-Q2\)/,
    );
    await expectNothingWritten();
  });

  it('a due date before the end of its period', async () => {
    const response = await t.gql(`mutation { createReportingPeriod(code: "2010-Q1", dueDate: "2010-03-01") { id } }`);
    expectFieldError(response, 'dueDate', /not be before the end of the period \(2010-03-31\)/);
    await expectNothingWritten();
  });

  it('an end before the start', async () => {
    const created = await t.gql(
      `mutation { createResultsFramework(title: "DWCP 2010-11", startDate: "2011-12-31", endDate: "2010-01-01") { id } }`,
    );
    expectFieldError(created, 'endDate', /must not be before startDate \(2011-12-31\)/);
    const updated = await t.gql(
      `mutation { updateResultsFramework(id: "${ids.framework}", endDate: "2007-12-31") { id } }`,
    );
    expectFieldError(updated, 'endDate', /must not be before startDate \(2008-01-01\)/);
    await expectNothingWritten();
  });

  it('a date that does not exist', async () => {
    const response = await t.gql(
      `mutation { createResultsFramework(title: "x", startDate: "2009-02-30", endDate: "2010-01-01") { id } }`,
    );
    expect(response.errors![0]!.message).toMatch(/"2009-02-30" is not a calendar date written as YYYY-MM-DD/);
    await expectNothingWritten();
  });

  it('a 100,000-character string', async () => {
    const long = 'a'.repeat(100_000);
    const outcome = await t.gql(
      `mutation { createOutcome(frameworkId: "${ids.framework}", number: 5, title: "${long}") { id } }`,
    );
    expectFieldError(outcome, 'title', /at most 500 characters/);
    expectFieldError(
      await result(ids.percent, `value: 20, narrative: "${long}"`),
      'narrative',
      /at most 20000 characters/,
    );
    await expectNothingWritten();
  });

  it('blank required text', async () => {
    expectFieldError(
      await t.gql(`mutation { createOutcome(frameworkId: "${ids.framework}", number: 5, title: "   ") { id } }`),
      'title',
      /must not be blank/,
    );
    await expectNothingWritten();
  });

  it('disaggregations that do not add up to the total of a count', async () => {
    const response = await result(
      ids.count,
      `value: 15, disaggregations: [{ dimension: "sex", category: "women", value: 9 }, { dimension: "sex", category: "men", value: 3 }]`,
    );
    expectFieldError(response, 'disaggregations', /values for "sex" add up to 12, not the total 15/);
    await expectNothingWritten();
  });

  it('a milestone result without a status, or with a number', async () => {
    expectFieldError(await result(ids.milestone, 'narrative: "Tools available"'), 'milestoneStatus', /needs a status/);
    expectFieldError(
      await result(ids.milestone, 'milestoneStatus: ACHIEVED, value: 1'),
      'value',
      /has no numeric value/,
    );
    await expectNothingWritten();
  });

  it('a result in a closed period or outside the framework', async () => {
    expectFieldError(await result(ids.percent, 'value: 20', ids.closed), 'periodId', /2008-Q1 is CLOSED/);
    const later = await createPeriod(t.dataSource, '2010-Q1');
    before = await tableCounts(t.dataSource);
    expectFieldError(await result(ids.percent, 'value: 20', later.id), 'periodId', /outside the framework/);
    await expectNothingWritten();
  });

  it('an evidence link that is not a web address, and an unknown country', async () => {
    expectFieldError(
      await result(ids.percent, 'value: 20, evidenceLinks: ["javascript:alert(1)"]'),
      'evidenceLinks',
      /web addresses/,
    );
    expectFieldError(
      await t.gql(
        `mutation { createOffice(code: "CO-X", name: "X", type: COUNTRY, countries: ["BGD", "XYZ"]) { id } }`,
      ),
      'countries',
      /unknown ISO 3166-1 alpha-3 codes: XYZ/,
    );
    await expectNothingWritten();
  });

  it('a page too large, or a sort on an unknown field', async () => {
    expectFieldError(await t.gql('{ allIndicators(perPage: 5000) { id } }'), 'perPage', /not be greater than 1000/);
    expectFieldError(
      await t.gql('{ allIndicators(sortField: "password") { id } }'),
      'sortField',
      /cannot sort by "password"/,
    );
  });

  it('accepts a valid result once every rule is met', async () => {
    const response = await result(
      ids.count,
      `value: 15, disaggregations: [{ dimension: "sex", category: "women", value: 9 }, { dimension: "sex", category: "men", value: 6 }]`,
    );
    expect(dataOf(response)).toEqual({ createIndicatorResult: { id: expect.any(String) } });
    expect((await tableCounts(t.dataSource)).indicator_result).toBe(before.indicator_result! + 1);
  });
});
