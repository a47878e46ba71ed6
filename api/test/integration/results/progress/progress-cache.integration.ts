// @embedded: the data revision moves through deferred constraint triggers, which PGlite must fire as PostgreSQL does.
import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import type { EntityManager } from 'typeorm';
import { Aggregation, Measure } from '#src/results/indicator/indicator.enums.js';
import { createProgrammeWithPlan } from '#test/factories/dwcp.factory.js';
import { createComponent, createFramework, createIndicator, createOutcome } from '#test/factories/framework.factory.js';
import { createRegion } from '#test/factories/office.factory.js';
import { createPeriods } from '#test/factories/period.factory.js';
import { createResult } from '#test/factories/result.factory.js';
import { dataOf } from '#test/utils/expect-graphql.js';
import { sharedTestApp, type TestApp } from '#test/utils/test-app.js';

const revisionIn = async (manager: EntityManager) =>
  BigInt(((await manager.query('SELECT revision::text AS r FROM data_revision')) as [{ r: string }])[0].r);

const QUERY = `query ($frameworkId: ID!, $periodId: ID!) {
  indicatorProgress(frameworkId: $frameworkId, periodId: $periodId) { indicatorCode actualValue reportingOffices }
}`;

// Computed progress is reused while the data revision stands still (progress-cache.ts); these
// tests write as another API instance would, straight to the database, and expect to see it.
describe('indicatorProgress answers kept in memory', () => {
  let t: TestApp;
  let variables: { frameworkId: string; periodId: string };
  let resultId: number;
  let officeId: number;
  let periodIds: number[];
  let statements: string[];

  const events = async () => {
    const rows = dataOf(
      await t.gql<{ indicatorProgress: { actualValue: number | null }[] }>(QUERY, variables),
    ).indicatorProgress;
    return rows[0]!.actualValue;
  };
  const progressStatementsDuring = async (work: () => Promise<unknown>) => {
    statements = [];
    await work();
    return statements.filter((sql) => sql.includes('per_office')).length;
  };

  beforeAll(async () => {
    t = await sharedTestApp();
    const ds = t.dataSource;
    const framework = await createFramework(ds);
    const outcome = await createOutcome(ds, framework.id);
    const { dhaka } = await createRegion(ds);
    const periods = await createPeriods(ds, ['2008-Q1', '2008-Q2']);
    const component = await createComponent(
      ds,
      await createIndicator(ds, outcome, { code: '1.1', measure: Measure.NUMBER, aggregation: Aggregation.SUM }),
      { baselineValue: 0, targetValue: 20 },
    );
    officeId = dhaka.id;
    periodIds = [periods['2008-Q1']!.id, periods['2008-Q2']!.id];
    const at = { componentId: component.id, periodId: periods['2008-Q1']!.id, officeId: dhaka.id };
    resultId = (await createResult(ds, at, { value: 2 })).id;
    variables = { frameworkId: String(framework.id), periodId: String(periods['2008-Q2']!.id) };
    const query = ds.query.bind(ds);
    jest.spyOn(ds, 'query').mockImplementation((sql: string, ...rest: unknown[]) => {
      statements.push(sql);
      return (query as (...args: unknown[]) => Promise<unknown>)(sql, ...rest);
    });
  });

  // The API is shared with the suite's other files: they must see the data source as it was.
  afterAll(() => {
    jest.restoreAllMocks();
  });

  it('computes the figures once and reuses them while nothing changed', async () => {
    expect(await progressStatementsDuring(events)).toBe(1);
    expect(await progressStatementsDuring(events)).toBe(0);
    expect(await events()).toBe(2);
  });

  it('sees a result changed by another instance', async () => {
    await events();
    await t.dataSource.query('UPDATE indicator_result SET value = 7 WHERE id = $1', [resultId]);
    expect(await progressStatementsDuring(async () => expect(await events()).toBe(7))).toBe(1);
  });

  it('does not move on for a change that was rolled back', async () => {
    await events();
    const giveUp = t.dataSource.transaction(async (manager) => {
      await manager.query('UPDATE indicator_result SET value = 9 WHERE id = $1', [resultId]);
      throw new Error('give up');
    });
    await expect(giveUp).rejects.toThrow('give up');
    expect(await progressStatementsDuring(async () => expect(await events()).toBe(7))).toBe(0);
  });

  it('counts the results of a report once its status moves to approved, and ignores its other edits', async () => {
    const { programme } = await createProgrammeWithPlan(t.dataSource, officeId, 'BD', []);
    const [report] = (await t.dataSource.query(
      `INSERT INTO progress_report (programme_id, period_id, office_id, status) VALUES ($1, $2, $3, 'SUBMITTED') RETURNING id`,
      [programme.id, periodIds[0], officeId],
    )) as [{ id: number }];
    // The same value, now entered through the report (a result never changes report: it is replaced).
    await t.dataSource.transaction(async (manager) => {
      const [keys] = (await manager.query(
        'DELETE FROM indicator_result WHERE id = $1 RETURNING component_id, period_id, office_id, value',
        [resultId],
      )) as [[{ component_id: number; period_id: number; office_id: number; value: number }], number];
      const [{ id }] = (await manager.query(
        `INSERT INTO indicator_result (component_id, period_id, office_id, value, report_id)
         VALUES ($1, $2, $3, $4, $5) RETURNING id`,
        [keys[0].component_id, keys[0].period_id, keys[0].office_id, keys[0].value, report.id],
      )) as [{ id: number }];
      resultId = id;
    });
    expect(await events()).toBeNull();
    await t.dataSource.query(`UPDATE progress_report SET achievements = 'Written', version = 2 WHERE id = $1`, [
      report.id,
    ]);
    expect(await progressStatementsDuring(events)).toBe(0);
    await t.dataSource.query(`UPDATE progress_report SET status = 'APPROVED' WHERE id = $1`, [report.id]);
    expect(await events()).toBe(7);
  });

  it('moves the revision once per transaction, however many rows it writes', async () => {
    const before = await revisionIn(t.dataSource.manager);
    await t.dataSource.transaction(async (manager) => {
      await manager.query('UPDATE indicator_result SET narrative = $1', ['first']);
      // Fires the deferred triggers now rather than at commit, so the transaction sees the effect.
      await manager.query('SET CONSTRAINTS ALL IMMEDIATE');
      const moved = await revisionIn(manager);
      expect(moved).toBeGreaterThan(before);
      await manager.query('UPDATE indicator_result SET narrative = $1', ['second']);
      await manager.query(`UPDATE indicator SET title = title || '.'`);
      await manager.query('SET CONSTRAINTS ALL IMMEDIATE');
      expect(await revisionIn(manager)).toBe(moved);
    });
  });

  it('goes on past every revision seen before, even after a restore set it back', async () => {
    const seen = await revisionIn(t.dataSource.manager);
    await t.dataSource.query('UPDATE data_revision SET revision = 5'); // as restoring an old backup would
    await t.dataSource.query('UPDATE indicator SET title = title');
    expect(await revisionIn(t.dataSource.manager)).toBeGreaterThan(seen);
  });

  it('sees results deleted by TRUNCATE, which fires no row trigger', async () => {
    await events();
    await t.dataSource.query('TRUNCATE indicator_result CASCADE');
    expect(await events()).toBeNull();
  });
});
