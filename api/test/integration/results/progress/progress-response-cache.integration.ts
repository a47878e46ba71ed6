import { beforeAll, describe, expect, it } from '@jest/globals';
import { Role } from '#src/platform/auth/role.enum.js';
import { QueryLogger } from '#src/platform/database/query-logger.js';
import { Aggregation, Measure } from '#src/results/indicator/indicator.enums.js';
import { createComponent, createFramework, createIndicator, createOutcome } from '#test/factories/framework.factory.js';
import { createRegion } from '#test/factories/office.factory.js';
import { createPeriods } from '#test/factories/period.factory.js';
import { createResult } from '#test/factories/result.factory.js';
import { dataOf } from '#test/utils/expect-graphql.js';
import { sharedTestApp, type TestApp } from '#test/utils/test-app.js';

const QUERY = `query Dashboard($frameworkId: ID!, $periodId: ID!) {
  indicatorProgress(frameworkId: $frameworkId, periodId: $periodId) { indicatorCode actualValue reportingOffices }
}`;

// Whole dashboard answers are kept in memory (progress-response-cache.plugin.ts): each caller must
// still be checked and get the answer for their own offices.
describe('indicatorProgress answers served again from memory', () => {
  let t: TestApp;
  let variables: { frameworkId: string; periodId: string };
  let at: (officeId: number) => { componentId: number; periodId: number; officeId: number };
  let offices: Awaited<ReturnType<typeof createRegion>>;

  const sum = async (token?: string) => {
    const rows = dataOf(
      await t.gql<{ indicatorProgress: { actualValue: number | null }[] }>(QUERY, variables, token),
    ).indicatorProgress;
    return rows[0]!.actualValue;
  };

  beforeAll(async () => {
    t = await sharedTestApp();
    const ds = t.dataSource;
    const framework = await createFramework(ds);
    const outcome = await createOutcome(ds, framework.id);
    offices = await createRegion(ds);
    const periods = await createPeriods(ds, ['2008-Q1', '2008-Q2']);
    const component = await createComponent(
      ds,
      await createIndicator(ds, outcome, { code: '1.1', measure: Measure.NUMBER, aggregation: Aggregation.SUM }),
      { baselineValue: 0, targetValue: 20 },
    );
    at = (officeId) => ({ componentId: component.id, periodId: periods['2008-Q1']!.id, officeId });
    await createResult(ds, at(offices.dhaka.id), { value: 2 });
    await createResult(ds, at(offices.yangon.id), { value: 3 });
    variables = { frameworkId: String(framework.id), periodId: String(periods['2008-Q2']!.id) };
  });

  it('answers a repeated question after checking only the caller and the data revision', async () => {
    const first = await QueryLogger.countDuring(() => sum());
    const again = await QueryLogger.countDuring(async () => expect(await sum()).toBe(5));
    expect(first).toBeGreaterThan(2);
    expect(again).toBe(2);
  });

  it('gives each caller the figures of their own offices, not the answer cached for another', async () => {
    expect(await sum()).toBe(5);
    const dhakaOfficer = await t.signedIn(Role.PROGRAMME_OFFICER, [offices.dhaka.id]);
    const yangonOfficer = await t.signedIn(Role.PROGRAMME_OFFICER, [offices.yangon.id]);
    expect(await sum(dhakaOfficer.token)).toBe(2);
    expect(await sum(yangonOfficer.token)).toBe(3);
    expect(await sum(dhakaOfficer.token)).toBe(2);
  });

  it('follows a change to a user’s offices at once', async () => {
    const officer = await t.signedIn(Role.PROGRAMME_OFFICER, [offices.dhaka.id]);
    expect(await sum(officer.token)).toBe(2);
    await t.dataSource.query('UPDATE app_user SET office_ids = $1 WHERE id = $2', [
      [offices.yangon.id],
      officer.user.id,
    ]);
    // Other offices end the old token (credential version); a fresh one sees the new office's figures, not the cached ones.
    expect((await t.gql(QUERY, variables, officer.token)).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const [{ ver }] = (await t.dataSource.query('SELECT credential_version AS ver FROM app_user WHERE id = $1', [
      officer.user.id,
    ])) as [{ ver: number }];
    expect(await sum(t.tokenFor({ ...officer.user, credentialVersion: ver }))).toBe(3);
  });

  it('refuses a deactivated user even when the answer is in memory', async () => {
    const officer = await t.signedIn(Role.PROGRAMME_OFFICER, [offices.dhaka.id]);
    expect(await sum(officer.token)).toBe(2);
    await t.dataSource.query('UPDATE app_user SET active = false WHERE id = $1', [officer.user.id]);
    const refused = await t.gql(QUERY, variables, officer.token);
    expect(refused.data ?? null).toBeNull();
    expect(refused.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const anonymous = await t.gql(QUERY, variables, null);
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('answers with the new figures once a result is written', async () => {
    expect(await sum()).toBe(5);
    await createResult(t.dataSource, { ...at(offices.region.id) }, { value: 10 });
    expect(await sum()).toBe(15);
  });

  it('does not keep refusals', async () => {
    const unknown = { ...variables, frameworkId: '999999' };
    for (let attempt = 0; attempt < 2; attempt += 1) {
      const refused = await t.gql(QUERY, unknown);
      expect(refused.errors?.[0]?.extensions?.fields?.[0]?.field).toBe('frameworkId');
    }
  });
});
