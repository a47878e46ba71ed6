import { beforeAll, describe, expect, it } from '@jest/globals';
import { Role } from '#src/platform/auth/role.enum.js';
import { createProgrammeWithPlan } from '#test/factories/dwcp.factory.js';
import { createSmallFramework } from '#test/factories/framework.factory.js';
import { createRegion } from '#test/factories/office.factory.js';
import { createPeriods } from '#test/factories/period.factory.js';
import { dataOf } from '#test/utils/expect-graphql.js';
import { sharedTestApp, type TestApp } from '#test/utils/test-app.js';

/**
 * The publication rule: a value entered through a progress report reaches viewers (and the
 * approved-only figures) once its report is approved, whatever happens to the report before or after.
 */
describe('values a programme officer entered but nobody reviewed', () => {
  let t: TestApp;
  let tokens: Record<'po' | 'viewer' | 'admin' | 'manager', string>;
  let ids: Record<string, string>;

  beforeAll(async () => {
    t = await sharedTestApp();
    const { region, dhaka } = await createRegion(t.dataSource);
    const { framework, components } = await createSmallFramework(t.dataSource, {
      framework: { publishedAt: new Date() },
    });
    const periods = await createPeriods(t.dataSource, ['2009-Q1', '2009-Q2']);
    const { programme } = await createProgrammeWithPlan(t.dataSource, dhaka.id, 'BGD', [
      {
        code: 'A1',
        startPeriodId: periods['2009-Q1']!.id,
        endPeriodId: periods['2009-Q2']!.id,
        componentIds: [components[0]!.id],
      },
    ]);
    ids = {
      region: String(region.id),
      dhaka: String(dhaka.id),
      programme: String(programme.id),
      framework: String(framework.id),
      component: String(components[0]!.id),
      q1: String(periods['2009-Q1']!.id),
      q2: String(periods['2009-Q2']!.id),
    };
    tokens = {
      po: (await t.signedIn(Role.PROGRAMME_OFFICER, [dhaka.id])).token,
      viewer: (await t.signedIn(Role.VIEWER)).token,
      admin: (await t.signedIn(Role.ADMIN)).token,
      manager: (await t.signedIn(Role.REGIONAL_MANAGER, [region.id])).token,
    };
  });

  const as = async <T>(who: keyof typeof tokens, query: string) =>
    dataOf(await t.gql<T>(query, undefined, tokens[who]));

  /** A draft for the quarter carrying `value` for the component. */
  const draftWith = async (periodId: string, value: number) => {
    const { createProgressReport } = await as<{ createProgressReport: { id: string } }>(
      'po',
      `mutation { createProgressReport(programmeId: "${ids.programme}", periodId: "${periodId}") { id } }`,
    );
    await as(
      'po',
      `mutation { updateProgressReport(id: "${createProgressReport.id}", version: 1,
        results: [{ componentId: "${ids.component}", value: ${value}, narrative: "UNREVIEWED" }]) { id } }`,
    );
    return createProgressReport.id;
  };

  /** Every value a viewer can read, from the results list and from the dashboard's figures. */
  const viewerReads = async (): Promise<number[]> => {
    const { allIndicatorResults } = await as<{ allIndicatorResults: { value: number | null }[] }>(
      'viewer',
      `{ allIndicatorResults(perPage: 1000) { value } }`,
    );
    const progress = await Promise.all(
      [ids.q1, ids.q2].map((periodId) =>
        as<{ indicatorProgress: { actualValue: number | null }[] }>(
          'viewer',
          `{ indicatorProgress(frameworkId: "${ids.framework}", periodId: "${periodId}") { actualValue } }`,
        ),
      ),
    );
    return [
      ...allIndicatorResults.map((result) => result.value),
      ...progress.flatMap(({ indicatorProgress }) => indicatorProgress.map((row) => row.actualValue)),
    ].filter((value): value is number => value !== null);
  };

  it('deleting a draft deletes the values it carried, and the quarter can be reported again', async () => {
    const report = await draftWith(ids.q2!, 77);
    expect(await viewerReads()).toEqual([]);
    await as('po', `mutation { deleteProgressReport(id: "${report}") { id } }`);
    expect(await viewerReads()).toEqual([]);
    const [{ count }] = (await t.dataSource.query(
      `SELECT count(*)::int AS count FROM indicator_result WHERE value = 77`,
    )) as { count: number }[];
    expect(count).toBe(0);
    // The deletions are in the report's history, as cascades of the deletion.
    const { auditTrail } = await as<{ auditTrail: { entityType: string; action: string; via: string }[] }>(
      'manager',
      `{ auditTrail(entityType: "ProgressReport", entityId: "${report}") { entityType action via } }`,
    );
    expect(auditTrail.filter((entry) => entry.action === 'DELETE')).toEqual(
      expect.arrayContaining([
        { entityType: 'ProgressReport', action: 'DELETE', via: 'FORM' },
        { entityType: 'IndicatorResult', action: 'DELETE', via: 'CASCADE' },
        { entityType: 'ProgressReportLine', action: 'DELETE', via: 'CASCADE' },
      ]),
    );
    const again = await draftWith(ids.q2!, 12);
    await as('po', `mutation { deleteProgressReport(id: "${again}") { id } }`);
  });

  it('no change to the period, the programme or the office publishes a value before approval', async () => {
    const report = await draftWith(ids.q1!, 88);
    const steps = [
      `mutation { updateCountryProgramme(id: "${ids.programme}", title: "BGD DWCP renamed", status: CLOSED) { id } }`,
      `mutation { updateOffice(id: "${ids.dhaka}", name: "Dhaka office", parentId: null) { id } }`,
      `mutation { closeReportingPeriod(id: "${ids.q1}") { id } }`,
      `mutation { lockReportingPeriod(id: "${ids.q1}") { id } }`,
    ];
    for (const step of steps) {
      await as('admin', step);
      expect(await viewerReads()).toEqual([]);
    }
    // A locked period's draft can neither be deleted nor detached: it stays unpublished.
    const refused = await t.gql(`mutation { deleteProgressReport(id: "${report}") { id } }`, undefined, tokens.po);
    expect(refused.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(await viewerReads()).toEqual([]);
  });

  it('the database keeps a result with its report and an approved report approved, whatever the path', async () => {
    const [{ id: resultId }] = (await t.dataSource.query(`SELECT id FROM indicator_result WHERE value = 88`)) as {
      id: number;
    }[];
    await expect(
      t.dataSource.query(`UPDATE indicator_result SET report_id = NULL WHERE id = $1`, [resultId]),
    ).rejects.toThrow(/stays with the report/);
    const [{ id: approved }] = (await t.dataSource.query(
      `INSERT INTO progress_report (programme_id, period_id, office_id, status, version)
       VALUES ($1, $2, $3, 'APPROVED', 1) RETURNING id`,
      [ids.programme, ids.q2, ids.dhaka],
    )) as { id: number }[];
    await expect(
      t.dataSource.query(`UPDATE progress_report SET status = 'DRAFT' WHERE id = $1`, [approved]),
    ).rejects.toThrow(/stays approved/);
    await expect(t.dataSource.query(`DELETE FROM progress_report WHERE id = $1`, [approved])).rejects.toThrow(
      /stays approved/,
    );
  });
});
