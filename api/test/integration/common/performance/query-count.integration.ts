import { beforeAll, describe, expect, it } from '@jest/globals';
import { QueryLogger } from '#src/platform/database/query-logger.js';
import { createComponent, createIndicator, createSmallFramework } from '#test/factories/framework.factory.js';
import { createRegion } from '#test/factories/office.factory.js';
import { createPeriods } from '#test/factories/period.factory.js';
import { createResult } from '#test/factories/result.factory.js';
import { dataOf } from '#test/utils/expect-graphql.js';
import { sharedTestApp, type TestApp } from '#test/utils/test-app.js';
import type { OutcomeEntity } from '#src/results/outcome/outcome.entity.js';
import { ProgressReportLineEntity } from '#src/dwcp/progress-report/progress-report-line.entity.js';
import { ProgressReportEntity } from '#src/dwcp/progress-report/progress-report.entity.js';
import { ReportStatus } from '#src/dwcp/progress-report/progress-report.enums.js';
import { createProgrammeWithPlan } from '#test/factories/dwcp.factory.js';

// What react-admin asks for: every field of the type, relations included (STACK-NOTES).
const INDICATOR_LIST = `{
  allIndicators(perPage: 1000) {
    id code frameworkId outcome { id framework { id title } }
    components { id label effectiveMeasure targetPeriod { code } intermediateTargets { id } indicator { code } }
  }
  _allIndicatorsMeta { count }
}`;

const RESULT_LIST = `{
  allIndicatorResults(perPage: 1000) {
    id value period { code } office { code parent { code } } component { label indicator { code outcome { number } } }
  }
}`;

describe('statements per request do not grow with the data (no N+1)', () => {
  let t: TestApp;
  let outcome: OutcomeEntity;
  let frameworkId: number;
  let periodIds: number[];
  let officeIds: number[];
  let nextIndicator = 2;

  const statementsFor = async (query: string) => {
    let response: Awaited<ReturnType<TestApp['gql']>> = {};
    const count = await QueryLogger.countDuring(async () => {
      response = await t.gql(query);
    });
    dataOf(response);
    return count;
  };

  /** Adds indicators with two components each and a result per component, period and office. */
  const grow = async (indicators: number) => {
    for (let n = 0; n < indicators; n += 1) {
      const indicator = await createIndicator(t.dataSource, outcome, { code: `1.${nextIndicator++}` });
      for (const position of [1, 2]) {
        const component = await createComponent(t.dataSource, indicator, { position, targetPeriodId: periodIds[0]! });
        for (const periodId of periodIds) {
          for (const officeId of officeIds)
            await createResult(t.dataSource, { componentId: component.id, periodId, officeId }, { value: 12 });
        }
      }
    }
  };

  beforeAll(async () => {
    t = await sharedTestApp();
    const small = await createSmallFramework(t.dataSource);
    outcome = small.outcome;
    frameworkId = small.framework.id;
    const { region, dhaka, yangon } = await createRegion(t.dataSource);
    officeIds = [region.id, dhaka.id, yangon.id];
    periodIds = Object.values(await createPeriods(t.dataSource, ['2008-09', '2009-Q1', '2009-Q2'])).map(
      (period) => period.id,
    );
  });

  it('lists indicators with outcomes, frameworks, components and targets in a fixed number of statements', async () => {
    await grow(2);
    const few = await statementsFor(INDICATOR_LIST);
    await grow(8);
    const many = await statementsFor(INDICATOR_LIST);
    expect(many).toBe(few);
    // The user, the page, the count, then one each for outcomes, frameworks, components, targets
    // (read beside the components) and periods; the components' indicators are the page's own.
    expect(few).toBeLessThanOrEqual(8);
  });

  it('lists results with their component, indicator, outcome, period and office in a fixed number of statements', async () => {
    const few = await statementsFor(RESULT_LIST);
    await grow(5);
    const many = await statementsFor(RESULT_LIST);
    expect(many).toBe(few);
    expect(few).toBeLessThanOrEqual(9);
  });

  it('computes progress for a whole framework in a fixed number of statements', async () => {
    const query = `{ indicatorProgress(frameworkId: "${frameworkId}", periodId: "${periodIds[2]}") { componentId actualValue status } }`;
    // Answers are kept until the data changes (progress-cache.ts): both counts are taken just
    // after a change, so both recompute. The unchanged case is progress-response-cache's.
    await statementsFor(query);
    await grow(1);
    const few = await statementsFor(query);
    await grow(5);
    const many = await statementsFor(query);
    expect(many).toBe(few);
    // The user and the data revision, the framework, the period, the revision seen by the
    // stale entry, then the one progress statement.
    expect(few).toBeLessThanOrEqual(6);
  });

  it('lists progress reports with their lines, plan items and due components in a fixed number of statements', async () => {
    const query = `{ allProgressReports(perPage: 100) {
      id period { code } programme { title } lines { id planItem { code componentIds } }
      results { id } dueComponents { id label indicator { code } } } }`;
    const addProgramme = async (n: number) => {
      const components = await t.dataSource.query('SELECT id FROM indicator_component ORDER BY id LIMIT 3');
      const { programme, items } = await createProgrammeWithPlan(t.dataSource, officeIds[1]!, `C${n}`, [
        {
          code: 'A1',
          startPeriodId: periodIds[1]!,
          endPeriodId: periodIds[2]!,
          componentIds: components.map((c: { id: number }) => c.id),
        },
        { code: 'A2', startPeriodId: periodIds[1]!, endPeriodId: periodIds[2]!, componentIds: [] },
      ]);
      for (const periodId of [periodIds[1]!, periodIds[2]!]) {
        const report = await t.dataSource.getRepository(ProgressReportEntity).save({
          programmeId: programme.id,
          periodId,
          officeId: officeIds[1]!,
          status: ReportStatus.DRAFT,
          version: 1,
        });
        await t.dataSource
          .getRepository(ProgressReportLineEntity)
          .save(Object.values(items).map((item) => ({ reportId: report.id, planItemId: item.id })));
      }
    };
    await addProgramme(1);
    const few = await statementsFor(query);
    for (const n of [2, 3, 4, 5]) await addProgramme(n);
    const many = await statementsFor(query);
    expect(many).toBe(few);
    expect(few).toBeLessThanOrEqual(12);
  });
});
