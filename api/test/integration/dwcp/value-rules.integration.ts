import { beforeAll, describe, expect, it } from '@jest/globals';
import { dataOf, expectFieldError } from '#test/utils/expect-graphql.js';
import { sharedTestApp, type TestApp } from '#test/utils/test-app.js';
import {
  login,
  reportVersion,
  reportingState,
  templateFixture,
  templateWorkbook,
  toBuffer,
  uploadTemplate,
  type TemplateFixture,
} from '#test/integration/dwcp/report-template/template-helpers.js';

interface Component {
  id: string;
  effectiveMeasure: string;
  unit: string | null;
  minValue: number | null;
  maxValue: number | null;
  wholeNumber: boolean;
  jumpFactor: number | null;
  indicator: { code: string; unit: string | null };
}

const NEGATIVE = /-5 is below the component's minimum of 0/;

/** One rule per component, the same on every path a value comes in by. */
describe("a component's value rule", () => {
  let t: TestApp;
  let fixture: TemplateFixture;
  let km: string;
  let components: Component[];
  let count: Component;

  beforeAll(async () => {
    t = await sharedTestApp();
    fixture = await templateFixture(t);
    km = await login(t, 'km@example.org');
    components = dataOf(
      await t.gql<{ allIndicatorComponents: Component[] }>(
        `{ allIndicatorComponents(perPage: 100) { id effectiveMeasure unit minValue maxValue wholeNumber jumpFactor
            indicator { code unit } } }`,
      ),
    ).allIndicatorComponents;
    count = components.find((component) => component.indicator.code === '4.2')!;
  });

  const version = () => reportVersion(t, fixture.ids.report);
  const saveResult = async (componentId: string, value: number, narrative = 'Counted') =>
    t.gql(
      `mutation { updateProgressReport(id: "${fixture.ids.report}", version: ${await version()},
         results: [{ componentId: "${componentId}", value: ${value}, narrative: "${narrative}" }]) { version } }`,
      undefined,
      fixture.po,
    );

  it("comes with the seed's sensible defaults: counts whole and never negative, dimensions out of eight", () => {
    expect(count).toMatchObject({ effectiveMeasure: 'NUMBER', minValue: 0, wholeNumber: true, jumpFactor: 10 });
    const dimensions = components.find((component) => component.indicator.code === '1.1')!;
    expect(dimensions).toMatchObject({ minValue: 0, maxValue: 8, wholeNumber: true });
    for (const percent of components.filter((component) => component.effectiveMeasure === 'PERCENT')) {
      expect(percent).toMatchObject({ minValue: 0, maxValue: 100 });
    }
  });

  it('refuses -5 for a count from the form, naming the field and the rule, and writes nothing', async () => {
    const before = await reportingState(t);
    expectFieldError(await saveResult(count.id, -5), 'results[0].value', NEGATIVE);
    expectFieldError(await saveResult(count.id, 2.5), 'results[0].value', /not a whole number/);
    expect(await reportingState(t)).toEqual(before);
  });

  it('refuses -5 for a count entered directly, outside a report', async () => {
    const response = await t.gql(
      `mutation { createIndicatorResult(componentId: "${count.id}", periodId: "${fixture.ids.q2}", officeId: "${fixture.ids.dhaka}", value: -5) { id } }`,
    );
    expectFieldError(response, 'value', NEGATIVE);
  });

  it('refuses -5 for a count typed in the offline template, naming the sheet, row and column', async () => {
    const workbook = await templateWorkbook(t, fixture.ids.dhaka, fixture.ids.q3, fixture.po);
    const indicators = workbook.getWorksheet('Indicators')!;
    let row = 2;
    while (row <= indicators.rowCount && !indicators.getCell(`E${row}`).text.startsWith('Number')) row += 1;
    indicators.getCell(`H${row}`).value = -5;
    const before = await reportingState(t);
    const response = await uploadTemplate(t, await toBuffer(workbook), fixture.po);
    expect(response.status).toBe(400);
    expect((response.body as { fields: unknown[] }).fields).toEqual([
      { field: `Indicators!H${row}`, message: "-5 is below the component's minimum of 0" },
    ]);
    expect(await reportingState(t)).toEqual(before);
  });

  it('refuses at submission a value that a tightened rule no longer allows', async () => {
    // The demo's target for 4.2 (i) is 6 since 2009-Q3: the tightened maximum still allows it.
    dataOf(await saveResult(count.id, 7));
    dataOf(await t.gql(`mutation { updateIndicatorComponent(id: "${count.id}", maxValue: 6) { id } }`, undefined, km));
    const response = await t.gql(
      `mutation { submitProgressReport(id: "${fixture.ids.report}", version: ${await version()}) { id } }`,
      undefined,
      fixture.po,
    );
    expectFieldError(response, 'results[0].value', /4\.2 \(i\): 7 is above the component's maximum of 6/);
    dataOf(
      await t.gql(`mutation { updateIndicatorComponent(id: "${count.id}", maxValue: null) { id } }`, undefined, km),
    );
  });

  it('asks for an explanation of a value ten times the previous quarter', async () => {
    // Q2's value for Dhaka, entered directly: 3 series.
    dataOf(
      await t.gql(
        `mutation { createIndicatorResult(componentId: "${count.id}", periodId: "${fixture.ids.q2}", officeId: "${fixture.ids.dhaka}", value: 3) { id } }`,
      ),
    );
    expectFieldError(
      await saveResult(count.id, 300, ''),
      'results[0].value',
      /more than 10 times the office's previous value \(3 in 2009-Q2\)/,
    );
    dataOf(await saveResult(count.id, 300, 'Regional estimates for every country, from the new survey'));
  });

  it('refuses a rule that cannot hold, and a baseline or target outside it', async () => {
    expectFieldError(
      await t.gql(
        `mutation { updateIndicatorComponent(id: "${count.id}", minValue: 10, maxValue: 2) { id } }`,
        undefined,
        km,
      ),
      'maxValue',
      /below the minimum 10/,
    );
    expectFieldError(
      await t.gql(`mutation { updateIndicatorComponent(id: "${count.id}", targetValue: -1) { id } }`, undefined, km),
      'targetValue',
      /below the component's minimum of 0/,
    );
    expectFieldError(
      await t.gql(`mutation { updateIndicatorComponent(id: "${count.id}", jumpFactor: 1) { id } }`, undefined, km),
      'jumpFactor',
      /more than 1/,
    );
  });
});
