// @embedded: the revision in force is chosen inside the progress statement; PGlite must choose alike.
import { beforeEach, describe, expect, it } from '@jest/globals';
import { Role } from '#src/platform/auth/role.enum.js';
import { Aggregation, Measure } from '#src/results/indicator/indicator.enums.js';
import { createComponent, createFramework, createIndicator, createOutcome } from '#test/factories/framework.factory.js';
import { createRegion } from '#test/factories/office.factory.js';
import { createPeriods } from '#test/factories/period.factory.js';
import { createResult } from '#test/factories/result.factory.js';
import { dataOf, expectFieldError } from '#test/utils/expect-graphql.js';
import { tableCounts } from '#test/utils/table-counts.js';
import { sharedTestApp, type TestApp } from '#test/utils/test-app.js';

interface Row {
  componentId: string;
  baselineValue: number | null;
  targetValue: number | null;
  achievementPercent: number | null;
  targetSource: string;
  targetRevisionId: string | null;
  targetAppliesFrom: string | null;
  targetOfficeId: string | null;
}

const TARGET_USED =
  'baselineValue targetValue achievementPercent targetSource targetRevisionId targetAppliesFrom targetOfficeId';
const PROGRESS = `query ($frameworkId: ID!, $periodId: ID!, $officeId: ID) {
  indicatorProgress(frameworkId: $frameworkId, periodId: $periodId, officeId: $officeId) { componentId ${TARGET_USED} }
}`;
const OFFICES = `query ($componentId: ID!, $periodId: ID!) {
  componentOfficeProgress(componentId: $componentId, periodId: $periodId) { officeCode ${TARGET_USED} }
}`;
const REVISE = `mutation ($componentId: ID!, $officeId: ID, $appliesFromPeriodId: ID!, $baselineValue: Float, $targetValue: Float, $reason: String!) {
  reviseComponentTarget(componentId: $componentId, officeId: $officeId, appliesFromPeriodId: $appliesFromPeriodId,
    baselineValue: $baselineValue, targetValue: $targetValue, reason: $reason) { id officeId baselineValue targetValue appliesFrom reason }
}`;
const HISTORY = `query ($componentId: ID!) { targetRevisions(componentId: $componentId) { id officeId baselineValue targetValue appliesFrom appliesFromPeriodId reason } }`;

describe('target revisions', () => {
  let t: TestApp;
  let frameworkId: number;
  let componentId: number;
  let periods: Record<string, { id: number }>;
  let offices: Awaited<ReturnType<typeof createRegion>>;

  const progress = async (periodCode: string, officeId?: number): Promise<Row> => {
    const variables = {
      frameworkId: String(frameworkId),
      periodId: String(periods[periodCode]!.id),
      officeId: officeId ? String(officeId) : null,
    };
    const rows = dataOf(await t.gql<{ indicatorProgress: Row[] }>(PROGRESS, variables)).indicatorProgress;
    return rows.find((row) => row.componentId === String(componentId))!;
  };
  const revise = (variables: Record<string, unknown>, token?: string) =>
    t.gql<{ reviseComponentTarget: { id: string; targetValue: number } }>(
      REVISE,
      { componentId: String(componentId), appliesFromPeriodId: String(periods['2009-Q3']!.id), ...variables },
      token,
    );

  beforeEach(async () => {
    t = await sharedTestApp();
    const ds = t.dataSource;
    const framework = await createFramework(ds);
    frameworkId = framework.id;
    offices = await createRegion(ds);
    periods = await createPeriods(ds, ['2009-Q1', '2009-Q2', '2009-Q3']);
    const outcome = await createOutcome(ds, framework.id, { number: 4 });
    const indicator = await createIndicator(ds, outcome, {
      code: '4.2',
      measure: Measure.NUMBER,
      aggregation: Aggregation.LATEST,
      unit: 'series',
    });
    // Regional estimates for two series; at least another two by the end (4).
    componentId = (
      await createComponent(ds, indicator, { baselineValue: 2, targetValue: 4, unit: null, wholeNumber: true })
    ).id;
    await createResult(ds, { componentId, periodId: periods['2009-Q1']!.id, officeId: offices.dhaka.id }, { value: 3 });
  });

  it('starts every component with a regional revision from the framework start', async () => {
    const history = dataOf(await t.gql<{ targetRevisions: unknown[] }>(HISTORY, { componentId: String(componentId) }));
    expect(history.targetRevisions).toEqual([
      expect.objectContaining({ officeId: null, baselineValue: 2, targetValue: 4, appliesFrom: '2008-01-01' }),
    ]);
  });

  it('keeps past achievement when the target is revised later', async () => {
    expect(await progress('2009-Q1')).toMatchObject({ achievementPercent: 50, targetValue: 4, targetSource: 'REGION' });
    const revised = dataOf(await revise({ targetValue: 6, reason: 'Two more series agreed with ILOSTAT' }));
    expect(revised.reviseComponentTarget).toMatchObject({
      baselineValue: 2,
      targetValue: 6,
      appliesFrom: '2009-07-01',
    });

    const [q1, q2, q3] = [await progress('2009-Q1'), await progress('2009-Q2'), await progress('2009-Q3')];
    expect(q1).toMatchObject({ achievementPercent: 50, targetValue: 4, targetAppliesFrom: '2008-01-01' });
    expect(q2).toMatchObject({ achievementPercent: 50, targetValue: 4 });
    expect(q3).toMatchObject({
      achievementPercent: 25,
      targetValue: 6,
      targetSource: 'REGION',
      targetRevisionId: revised.reviseComponentTarget.id,
      targetAppliesFrom: '2009-07-01',
    });
    // The component shows the latest target; the history lists both.
    const [component] = await t.dataSource.query('SELECT target_value FROM indicator_component WHERE id = $1', [
      componentId,
    ]);
    expect(Number(component.target_value)).toBe(6);
    const history = dataOf(
      await t.gql<{ targetRevisions: { targetValue: number }[] }>(HISTORY, { componentId: String(componentId) }),
    );
    expect(history.targetRevisions.map((revision) => revision.targetValue)).toEqual([4, 6]);
  });

  it('refuses to edit the target directly once results exist, pointing to a revision', async () => {
    const response = await t.gql(`mutation ($id: ID!) { updateIndicatorComponent(id: $id, targetValue: 6) { id } }`, {
      id: String(componentId),
    });
    expectFieldError(response, 'targetValue', /results were recorded.*reviseComponentTarget/);
    expect((await progress('2009-Q1')).targetValue).toBe(4);
  });

  it('refuses a revision without a reason, naming the field, and writes nothing', async () => {
    const before = await tableCounts(t.dataSource);
    expectFieldError(await revise({ targetValue: 6, reason: '  ' }), 'reason', /must not be blank/);
    expectFieldError(await revise({ targetValue: 6.5, reason: 'Half a series' }), 'targetValue', /whole number/);
    expect(await tableCounts(t.dataSource)).toEqual(before);
  });

  it('measures an office against its own target, else the region', async () => {
    dataOf(await revise({ officeId: String(offices.dhaka.id), targetValue: 5, reason: 'Dhaka takes on three series' }));
    expect(await progress('2009-Q3', offices.dhaka.id)).toMatchObject({
      targetSource: 'OFFICE',
      targetOfficeId: String(offices.dhaka.id),
      baselineValue: 2,
      targetValue: 5,
      achievementPercent: 33.3,
    });
    // Before its own target applies, the office is measured against the region's.
    expect(await progress('2009-Q1', offices.dhaka.id)).toMatchObject({ targetSource: 'REGION', targetValue: 4 });
    const rows = dataOf(
      await t.gql<{ componentOfficeProgress: Row[] }>(OFFICES, {
        componentId: String(componentId),
        periodId: String(periods['2009-Q3']!.id),
      }),
    ).componentOfficeProgress;
    expect(rows).toEqual([
      expect.objectContaining({ targetSource: 'OFFICE', targetValue: 5, achievementPercent: 33.3 }),
    ]);
  });

  it("measures a parent office against its offices' targets once all are set", async () => {
    dataOf(
      await revise({ officeId: String(offices.dhaka.id), baselineValue: 1, targetValue: 2, reason: 'Dhaka share' }),
    );
    expect(await progress('2009-Q3', offices.region.id)).toMatchObject({ targetSource: 'REGION', targetValue: 4 });
    dataOf(
      await revise({ officeId: String(offices.yangon.id), baselineValue: 1, targetValue: 3, reason: 'Yangon share' }),
    );
    expect(await progress('2009-Q3', offices.region.id)).toMatchObject({
      targetSource: 'CHILD_OFFICES',
      targetRevisionId: null,
      baselineValue: 2,
      targetValue: 5,
      achievementPercent: 33.3,
    });
  });

  it("refuses offices' targets that do not add up to the region's when the component asks", async () => {
    await t.dataSource.query('UPDATE indicator_component SET office_targets_add_up = true WHERE id = $1', [
      componentId,
    ]);
    dataOf(await revise({ officeId: String(offices.dhaka.id), targetValue: 2, reason: 'Dhaka share' }));
    const before = await tableCounts(t.dataSource);
    expectFieldError(
      await revise({ officeId: String(offices.yangon.id), targetValue: 3, reason: 'Yangon share' }),
      'targetValue',
      /add up to 5, not the region's target of 4/,
    );
    expect(await tableCounts(t.dataSource)).toEqual(before);
    dataOf(await revise({ officeId: String(offices.yangon.id), targetValue: 2, reason: 'Yangon share' }));
  });

  it('lets only administrators and KM officers revise', async () => {
    for (const role of [Role.VIEWER, Role.PROGRAMME_OFFICER]) {
      const { token } = await t.signedIn(role, [offices.dhaka.id]);
      const refused = await revise({ targetValue: 6, reason: 'Not mine to change' }, token);
      expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
    const { token } = await t.signedIn(Role.KM_OFFICER, [offices.region.id]);
    dataOf(await revise({ targetValue: 6, reason: 'KM officer revises' }, token));
    const [{ n }] = await t.dataSource.query('SELECT count(*)::int AS n FROM target_revision WHERE component_id = $1', [
      componentId,
    ]);
    expect(n).toBe(2);
  });

  it('audits each revision with who, what and why', async () => {
    const revised = dataOf(await revise({ targetValue: 6, reason: 'Two more series agreed' })).reviseComponentTarget;
    const trail = dataOf(
      await t.gql<{
        auditTrail: { action: string; userEmail: string; changes: { field: string; after: unknown }[] }[];
      }>(
        `query ($id: ID!) { auditTrail(entityType: "TargetRevision", entityId: $id) { action userEmail changes { field after } } }`,
        { id: revised.id },
      ),
    ).auditTrail;
    expect(trail).toEqual([
      expect.objectContaining({
        action: 'CREATE',
        userEmail: 'test-admin@example.org',
        changes: expect.arrayContaining([
          { field: 'targetValue', after: '6' },
          { field: 'reason', after: '"Two more series agreed"' },
        ]),
      }),
    ]);
    const [entry] = await t.dataSource.query(
      `SELECT reason FROM audit_entry WHERE entity_type = 'TargetRevision' AND entity_id = $1`,
      [Number(revised.id)],
    );
    expect(entry.reason).toBe('Two more series agreed');
  });
});
