import { beforeAll, describe, expect, it } from '@jest/globals';
import type { RaRecord } from 'ra-core';
import { DemoDataLoader } from '#src/datasets/demo/demo-data.loader.js';
import { Role } from '#src/platform/auth/role.enum.js';
import { graphqlUrl, raDataProvider, type RaDataProvider } from '#test/utils/ra-provider.js';
import { sharedTestApp } from '#test/utils/test-app.js';

// The same provider signed in as a programme officer of CO-DHAKA: searches that go through a
// record's office, quarter or programme still find only what the officer's offices hold.
describe("react-admin's data provider for a programme officer", () => {
  let admin: RaDataProvider;
  let officer: RaDataProvider;
  let dhakaId: string;

  const search = async (provider: RaDataProvider, resource: string, q: string) =>
    provider.getList(resource, {
      filter: { q },
      pagination: { page: 1, perPage: 100 },
      sort: { field: 'id', order: 'ASC' },
    });

  const first = async (resource: string, filter: Record<string, unknown>): Promise<RaRecord> =>
    (
      await admin.getList(resource, {
        filter,
        pagination: { page: 1, perPage: 1 },
        sort: { field: 'id', order: 'ASC' },
      })
    ).data[0]!;

  beforeAll(async () => {
    const t = await sharedTestApp();
    await t.app.get(DemoDataLoader).loadIntoEmptyDatabase();
    const url = await graphqlUrl(t);
    admin = raDataProvider(url, (await t.signedIn(Role.ADMIN)).token);
    dhakaId = String((await first('Office', { code: 'CO-DHAKA' })).id);
    officer = raDataProvider(url, (await t.signedIn(Role.PROGRAMME_OFFICER, [Number(dhakaId)])).token);
  });

  it.each([
    ['ProgressReport', 'CO-JAKARTA'],
    ['ProgressReport', 'indonesia 2009-Q2'],
    ['CountryProgramme', 'indonesia'],
    ['ImplementationPlan', 'IDN'],
    ['PlanItem', 'IDN'],
    ['QuarterlyUpdate', 'ROAP 2009-Q2'],
    ['KmMilestone', 'ROAP'],
    ['CommunityOfPractice', 'ROAP'],
  ])(
    'a search of %s for "%s" finds another office’s records for an administrator, none for the officer',
    async (resource, q) => {
      expect((await search(admin, resource, q)).total).toBeGreaterThan(0);
      expect(await search(officer, resource, q)).toEqual({ data: [], total: 0 });
    },
  );

  it('a search for a quarter finds the reports of the officer’s own office only', async () => {
    const everyone = await search(admin, 'ProgressReport', '2009-Q2');
    const own = await search(officer, 'ProgressReport', '2009-Q2');
    expect(new Set(everyone.data.map((report) => String(report.officeId))).size).toBeGreaterThan(1);
    expect(own.total).toBeGreaterThan(0);
    expect(own.data.map((report) => report.id)).toEqual(
      everyone.data.filter((report) => String(report.officeId) === dhakaId).map((report) => report.id),
    );
  });

  it('creates, saves back whole and deletes a report of its own office, as the pages do', async () => {
    const programme = await first('CountryProgramme', { countryCode: 'BGD' });
    const quarter = await first('ReportingPeriod', { code: '2009-Q3' });
    const { data: draft } = await officer.create('ProgressReport', {
      data: { programmeId: programme.id, periodId: quarter.id },
    });
    const { data: before } = await officer.getOne('ProgressReport', { id: draft.id });
    expect(before.lines).toContainEqual(expect.objectContaining({ id: expect.any(String), flagged: false }));
    const edited = { ...before, nextSteps: 'Print the guides in Bangla' };
    await officer.update('ProgressReport', { id: before.id, data: edited, previousData: before });
    const { data: after } = await officer.getOne('ProgressReport', { id: before.id });
    expect(after).toEqual({ ...edited, version: before.version + 1, updatedAt: after.updatedAt });
    await officer.delete('ProgressReport', { id: before.id, previousData: after });
    expect((await admin.getMany('ProgressReport', { ids: [before.id] })).data).toEqual([]);
  });
});
