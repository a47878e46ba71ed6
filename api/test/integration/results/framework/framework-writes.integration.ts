import { beforeAll, describe, expect, it } from '@jest/globals';
import { createPeriods } from '#test/factories/period.factory.js';
import { createRegion } from '#test/factories/office.factory.js';
import { dataOf, expectFieldError } from '#test/utils/expect-graphql.js';
import { sharedTestApp, type TestApp } from '#test/utils/test-app.js';

// Building a framework through the API, then changing and removing its parts.
describe('framework, outcome, indicator and component writes', () => {
  let t: TestApp;
  let frameworkId: string;
  let outcomeId: string;
  let indicatorId: string;
  let componentIds: string[];
  let periods: Record<string, { id: number }>;

  beforeAll(async () => {
    t = await sharedTestApp();
    periods = await createPeriods(t.dataSource, ['2008-09', '2008', '2009-Q2']);
  });

  it('creates a framework, an outcome and an indicator with its numbered parts in one request', async () => {
    frameworkId = dataOf(
      await t.gql<{ createResultsFramework: { id: string } }>(
        'mutation { createResultsFramework(title: "ILO knowledge-sharing strategy 2008-09", startDate: "2008-01-01", endDate: "2009-12-31") { id } }',
      ),
    ).createResultsFramework.id;
    outcomeId = dataOf(
      await t.gql<{ createOutcome: { id: string } }>(
        `mutation { createOutcome(frameworkId: "${frameworkId}", number: 6, title: "Improved IT-enabled environment") { id } }`,
      ),
    ).createOutcome.id;
    const created = dataOf(
      await t.gql<{
        createIndicator: {
          id: string;
          direction: string;
          components: { id: string; label: string; effectiveMeasure: string; targetPeriod: { code: string } | null }[];
        };
      }>(`mutation {
        createIndicator(outcomeId: "${outcomeId}", code: "6.1", title: "Number of new collaborative tools", scope: INTERNAL, measure: NUMBER,
          components: [
            { baselineValue: 0, targetValue: 1, targetNarrative: "At least one additional tool" },
            { measure: PERCENT, baselineValue: 65, targetValue: 100, targetPeriodId: "${periods['2008']!.id}" }
          ]) {
          id direction components { id label effectiveMeasure targetPeriod { code } }
        } }`),
    ).createIndicator;
    indicatorId = created.id;
    componentIds = created.components.map((component) => component.id);
    expect(created.direction).toBe('INCREASE');
    expect(
      created.components.map(({ label, effectiveMeasure, targetPeriod }) => [
        label,
        effectiveMeasure,
        targetPeriod?.code ?? null,
      ]),
    ).toEqual([
      ['(i)', 'NUMBER', null],
      ['(ii)', 'PERCENT', '2008'],
    ]);
  });

  it('changes only the fields given, clears nullable ones with null, keeps required ones', async () => {
    const updated = dataOf(
      await t.gql<{ updateIndicator: { title: string; unit: string | null; description: string | null } }>(
        `mutation { updateIndicator(id: "${indicatorId}", unit: "tools", description: "note") { title unit description } }`,
      ),
    ).updateIndicator;
    expect(updated).toEqual({ title: 'Number of new collaborative tools', unit: 'tools', description: 'note' });
    const cleared = dataOf(
      await t.gql<{ updateIndicator: { unit: string | null } }>(
        `mutation { updateIndicator(id: "${indicatorId}", unit: null) { unit } }`,
      ),
    ).updateIndicator;
    expect(cleared.unit).toBeNull();
    expectFieldError(
      await t.gql(`mutation { updateIndicator(id: "${indicatorId}", title: null) { id } }`),
      'title',
      /must be text/,
    );
  });

  it('renumbers the codes of its indicators when an outcome is renumbered', async () => {
    const { updateOutcome } = dataOf(
      await t.gql<{ updateOutcome: { number: number; indicators: { code: string }[] } }>(
        `mutation { updateOutcome(id: "${outcomeId}", number: 7) { number indicators { code } } }`,
      ),
    );
    expect(updateOutcome).toEqual({ number: 7, indicators: [{ code: '7.1' }] });
  });

  it('adds a component at the next position and checks it against the measure', async () => {
    const { createIndicatorComponent } = dataOf(
      await t.gql<{ createIndicatorComponent: { label: string; position: number } }>(
        `mutation { createIndicatorComponent(indicatorId: "${indicatorId}", measure: MILESTONE, targetNarrative: "A pilot office uses the tool") { label position } }`,
      ),
    );
    expect(createIndicatorComponent).toEqual({ label: '(iii)', position: 3 });
    const milestoneWithNumber = await t.gql(
      `mutation { createIndicatorComponent(indicatorId: "${indicatorId}", measure: MILESTONE, targetValue: 2, targetNarrative: "x") { id } }`,
    );
    expectFieldError(milestoneWithNumber, 'targetValue', /a MILESTONE has no numeric value/);
  });

  it('sets intermediate targets inside the target period only', async () => {
    const good = await t.gql(
      `mutation { createIntermediateTarget(componentId: "${componentIds[1]}", periodId: "${periods['2008']!.id}", value: 80) { value period { code } } }`,
    );
    expect(dataOf(good)).toEqual({ createIntermediateTarget: { value: 80, period: { code: '2008' } } });
    const afterTarget = await t.gql(
      `mutation { createIntermediateTarget(componentId: "${componentIds[1]}", periodId: "${periods['2009-Q2']!.id}", value: 90) { id } }`,
    );
    expectFieldError(afterTarget, 'periodId', /not between the framework's start and the target \(2008-12-31\)/);
  });

  it('refuses to change the measure once results were recorded with it', async () => {
    const { region } = await createRegion(t.dataSource);
    dataOf(
      await t.gql(
        `mutation { createIndicatorResult(componentId: "${componentIds[0]}", periodId: "${periods['2009-Q2']!.id}", officeId: "${region.id}", value: 1) { id } }`,
      ),
    );
    expectFieldError(
      await t.gql(`mutation { updateIndicator(id: "${indicatorId}", measure: PERCENT) { id } }`),
      'measure',
      /1 results were recorded/,
    );
    expectFieldError(
      await t.gql(`mutation { deleteIndicator(id: "${indicatorId}") { id } }`),
      'id',
      /has 1 results recorded/,
      'CONFLICT',
    );
  });

  it('deletes a component and returns it, keeping at least one', async () => {
    const { deleteIndicatorComponent } = dataOf(
      await t.gql<{ deleteIndicatorComponent: { id: string; position: number } }>(
        `mutation { deleteIndicatorComponent(id: "${componentIds[1]}") { id position } }`,
      ),
    );
    expect(deleteIndicatorComponent).toEqual({ id: componentIds[1], position: 2 });
    const { Indicator } = dataOf(
      await t.gql<{ Indicator: { components: { label: string }[] } }>(
        `{ Indicator(id: "${indicatorId}") { components { label } } }`,
      ),
    );
    expect(Indicator.components.map((component) => component.label)).toEqual(['(i)', '(iii)']);
  });
});
