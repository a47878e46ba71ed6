import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { DemoDataLoader } from '#src/database/seeds/demo-data.loader.js';
import { generateSyntheticData } from '#src/database/synthetic/synthetic-generator.js';
import { SYNTHETIC_SCALES } from '#src/database/synthetic/synthetic-scale.js';
import { dataOf } from '#test/utils/expect-graphql.js';
import { createTestApp, type TestApp } from '#test/utils/test-app.js';

const FINGERPRINT = `SELECT md5(string_agg(concat_ws('|', component_id, period_id, office_id, value, milestone_status, disaggregations), ',' ORDER BY id)) AS results,
  (SELECT md5(string_agg(concat_ws('|', id, indicator_id, position, baseline_value, target_value), ',' ORDER BY id)) FROM indicator_component) AS components
  FROM indicator_result`;

describe('synthetic data generator', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp();
  });

  beforeEach(() => t.reset());

  afterAll(() => t.close());

  const fingerprint = async () => ((await t.dataSource.query(FINGERPRINT)) as Record<string, string>[])[0];

  it('gives the same data for the same seed, and other data for another', async () => {
    const summary = await generateSyntheticData(t.dataSource, SYNTHETIC_SCALES.tiny, 7);
    const first = await fingerprint();
    await t.reset();
    expect(await generateSyntheticData(t.dataSource, SYNTHETIC_SCALES.tiny, 7)).toEqual(summary);
    expect(await fingerprint()).toEqual(first);
    await t.reset();
    await generateSyntheticData(t.dataSource, SYNTHETIC_SCALES.tiny, 8);
    expect((await fingerprint())!.results).not.toBe(first!.results);
  });

  it('generates the scale asked for, with results that obey the rules', async () => {
    const summary = await generateSyntheticData(t.dataSource, SYNTHETIC_SCALES.small, 2009);
    expect(summary).toMatchObject({ offices: 30, frameworks: 2, indicators: 120 });
    expect(summary.results).toBe(summary.components * 8 * SYNTHETIC_SCALES.small.officesPerComponent);
    const [broken] = (await t.dataSource.query(`
      SELECT
        count(*) FILTER (WHERE COALESCE(c.measure, i.measure) = 'PERCENT' AND (r.value < 0 OR r.value > 100)) AS bad_percent,
        count(*) FILTER (WHERE COALESCE(c.measure, i.measure) = 'MILESTONE' AND r.milestone_status IS NULL) AS bad_milestone,
        count(*) FILTER (WHERE jsonb_array_length(r.disaggregations) > 0 AND
          abs((SELECT sum((d->>'value')::numeric) FROM jsonb_array_elements(r.disaggregations) d) - r.value) > 0.0001) AS bad_sum
      FROM indicator_result r JOIN indicator_component c ON c.id = r.component_id JOIN indicator i ON i.id = c.indicator_id`)) as Record<
      string,
      number
    >[];
    expect(broken).toEqual({ bad_percent: 0, bad_milestone: 0, bad_sum: 0 });
    const progress = await t.gql<{ indicatorProgress: { status: string }[] }>(
      '{ indicatorProgress(frameworkId: "1", periodId: "8") { status } }',
    );
    const statuses = new Set(dataOf(progress).indicatorProgress.map((row) => row.status));
    expect(statuses.has('NO_DATA')).toBe(false);
    expect(statuses.size).toBeGreaterThan(1);
  });

  it('never mixes with demo data', async () => {
    await t.app.get(DemoDataLoader).loadIntoEmptyDatabase();
    await expect(generateSyntheticData(t.dataSource, SYNTHETIC_SCALES.tiny, 1)).rejects.toThrow(/holds demo data/);
  });
});
