import { beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { Role } from '#src/platform/auth/role.enum.js';
import { createRegion } from '#test/factories/office.factory.js';
import { createPeriods } from '#test/factories/period.factory.js';
import { dataOf, expectFieldError } from '#test/utils/expect-graphql.js';
import { tableCounts } from '#test/utils/table-counts.js';
import { sharedTestApp, type TestApp } from '#test/utils/test-app.js';

// Each kind of bad KM input is refused, naming the field, and writes nothing.
describe('bad KM content is refused, naming the field', () => {
  let t: TestApp;
  let ids: Record<string, string>;
  let km: string;
  let before: Record<string, number>;

  beforeAll(async () => {
    t = await sharedTestApp();
    const { region, dhaka, yangon } = await createRegion(t.dataSource);
    const periods = await createPeriods(t.dataSource, ['2009-Q2', '2009']);
    ids = {
      region: String(region.id),
      dhaka: String(dhaka.id),
      yangon: String(yangon.id),
      quarter: String(periods['2009-Q2']!.id),
      year: String(periods['2009']!.id),
    };
    km = (await t.signedIn(Role.KM_OFFICER, [region.id])).token;
    const create = async (mutation: string) =>
      Object.values(dataOf(await t.gql<Record<string, { id: string }>>(`mutation { ${mutation} { id } }`)))[0]!.id;
    ids.update = await create(
      `createQuarterlyUpdate(officeId: "${ids.region}", periodId: "${ids.quarter}", authors: "JA", areaOfWork: "KM", executiveSummary: "x")`,
    );
    ids.community = await create(
      `createCommunityOfPractice(officeId: "${ids.region}", name: "Green Jobs", acronym: "Green Jobs-AP", theme: "Green Jobs")`,
    );
    ids.yangonCommunity = await create(
      `createCommunityOfPractice(officeId: "${ids.yangon}", name: "Yangon CoP", acronym: "YCoP", theme: "x")`,
    );
    ids.milestone = await create(
      `createKmMilestone(officeId: "${ids.region}", startDate: "2009-05-12", endDate: "2009-05-16", title: "WCMS Yangon", description: "x")`,
    );
    ids.area = await create(`createWorkArea(officeId: "${ids.region}", number: 1, title: "KM advocacy")`);
  });

  beforeEach(async () => {
    before = await tableCounts(t.dataSource);
  });

  const expectNothingWritten = async () => expect(await tableCounts(t.dataSource)).toEqual(before);

  it.each([
    [
      'a blank title',
      () => `createCriticalIssue(updateId: "${ids.update}", title: "  ", description: "i.e. x")`,
      'title',
      /must not be blank/,
    ],
    [
      'a blank milestone title',
      () => `createKmMilestone(officeId: "${ids.region}", startDate: "2009-05-01", title: "", description: "x")`,
      'title',
      /must not be blank/,
    ],
    [
      'a bad email',
      () => `createKeyContact(updateId: "${ids.update}", name: "Guy Thijs", title: "DRD", email: "thijs at ilo.org")`,
      'email',
      /must be an email address/,
    ],
    ['a bad email on update', () => `updateKeyContact(id: "1", email: "nobody")`, 'email', /must be an email address/],
    [
      'an update for a year',
      () =>
        `createQuarterlyUpdate(officeId: "${ids.region}", periodId: "${ids.year}", authors: "JA", areaOfWork: "KM", executiveSummary: "x")`,
      'periodId',
      /must be a quarter; 2009 is a YEAR/,
    ],
    [
      'a work-area status for a year',
      () => `createWorkAreaStatus(workAreaId: "${ids.area}", periodId: "${ids.year}", status: IN_PROGRESS)`,
      'periodId',
      /must be a quarter/,
    ],
    [
      'a milestone ending before it starts',
      () =>
        `createKmMilestone(officeId: "${ids.region}", startDate: "2009-05-29", endDate: "2009-04-01", title: "x", description: "x")`,
      'endDate',
      /must not be before the start date \(2009-05-29\)/,
    ],
    [
      'moving a milestone end before its start',
      () => `updateKmMilestone(id: "${ids.milestone}", endDate: "2009-05-01")`,
      'endDate',
      /must not be before the start date \(2009-05-12\)/,
    ],
    [
      'a discussion ending before it starts',
      () =>
        `createCopDiscussion(communityId: "${ids.community}", startDate: "2009-05-11", endDate: "2009-04-27", topic: "Youth Enterprise")`,
      'endDate',
      /must not be before the start date/,
    ],
    [
      'an unknown community',
      () =>
        `createKmMilestone(officeId: "${ids.region}", startDate: "2009-05-01", title: "x", description: "x", communityId: "999")`,
      'communityId',
      /no CommunityOfPractice with id 999/,
    ],
    [
      "another office's community",
      () =>
        `createKmMilestone(officeId: "${ids.region}", startDate: "2009-05-01", title: "x", description: "x", communityId: "${ids.yangonCommunity}")`,
      'communityId',
      /^must be a community of the milestone's office$/,
    ],
    [
      'a membership target for an unknown community',
      () => `createCopMembershipTarget(communityId: "999", memberGroup: "Trade union officials", targetMembers: 20)`,
      'communityId',
      /no CommunityOfPractice with id 999/,
    ],
    [
      'a negative target',
      () => `createCopMembershipTarget(communityId: "${ids.community}", memberGroup: "x", targetMembers: -1)`,
      'targetMembers',
      /must not be negative/,
    ],
    [
      'an unknown indicator component',
      () =>
        `createKmMilestone(officeId: "${ids.region}", startDate: "2009-05-01", title: "x", description: "x", componentId: "999")`,
      'componentId',
      /no IndicatorComponent with id 999/,
    ],
    [
      'a link that is not a web address',
      () =>
        `createKmMilestone(officeId: "${ids.region}", startDate: "2009-05-01", title: "x", description: "x", link: "intranet/cop")`,
      'link',
      /must be a web address/,
    ],
    [
      'a community address that is not a web address',
      () => `updateCommunityOfPractice(id: "${ids.community}", address: "greenjobs-ap")`,
      'address',
      /must be a web address/,
    ],
  ])('%s', async (_name, mutation, field, reason) => {
    expectFieldError(await t.gql(`mutation { ${mutation()} { id } }`, undefined, km), field, reason);
    await expectNothingWritten();
  });

  it.each([
    [
      'a second update for the same quarter',
      () =>
        `createQuarterlyUpdate(officeId: "${ids.region}", periodId: "${ids.quarter}", authors: "JA", areaOfWork: "KM", executiveSummary: "x")`,
      'periodId',
      /ROAP already has an update for 2009-Q2/,
    ],
    [
      'a taken area number',
      () => `createWorkArea(officeId: "${ids.region}", number: 1, title: "x")`,
      'number',
      /already has a work area 1/,
    ],
    [
      'a taken acronym',
      () => `createCommunityOfPractice(officeId: "${ids.region}", name: "x", acronym: "Green Jobs-AP", theme: "x")`,
      'acronym',
      /Green Jobs-AP already exists/,
    ],
  ])('%s', async (_name, mutation, field, reason) => {
    expectFieldError(await t.gql(`mutation { ${mutation()} { id } }`, undefined, km), field, reason, 'CONFLICT');
    await expectNothingWritten();
  });

  it('refuses a KM officer of another office, naming the office', async () => {
    const dhakaKm = (await t.signedIn(Role.KM_OFFICER, [Number(ids.dhaka)])).token;
    before = await tableCounts(t.dataSource);
    for (const [mutation, field] of [
      [
        `createQuarterlyUpdate(officeId: "${ids.region}", periodId: "${ids.quarter}", authors: "x", areaOfWork: "x", executiveSummary: "x")`,
        'officeId',
      ],
      [
        `createKmMilestone(officeId: "${ids.yangon}", startDate: "2009-05-01", title: "x", description: "x")`,
        'officeId',
      ],
      [`createWorkArea(officeId: "${ids.region}", number: 9, title: "x")`, 'officeId'],
      [`createCommunityOfPractice(officeId: "${ids.region}", name: "x", acronym: "X", theme: "x")`, 'officeId'],
    ] as const) {
      expectFieldError(
        await t.gql(`mutation { ${mutation} { id } }`, undefined, dhakaKm),
        field,
        /may not change the .+ of another office/,
        'FORBIDDEN',
      );
    }
    // Parts of a record the officer can read but not change: the region's KM officer reads Dhaka.
    const dhakaUpdate = Object.values(
      dataOf(
        await t.gql<Record<string, { id: string }>>(
          `mutation { createQuarterlyUpdate(officeId: "${ids.dhaka}", periodId: "${ids.quarter}", authors: "x", areaOfWork: "x", executiveSummary: "x") { id } }`,
          undefined,
          dhakaKm,
        ),
      ),
    )[0]!.id;
    before = await tableCounts(t.dataSource);
    const issue = await t.gql(
      `mutation { createCriticalIssue(updateId: "${dhakaUpdate}", title: "x", description: "y") { id } }`,
      undefined,
      km,
    );
    expectFieldError(issue, 'updateId', /may not change the KM updates of another office/, 'FORBIDDEN');
    await expectNothingWritten();
  });

  it('refuses a programme officer, a regional manager and a viewer before anything runs', async () => {
    for (const role of [Role.PROGRAMME_OFFICER, Role.REGIONAL_MANAGER, Role.VIEWER]) {
      const token = (await t.signedIn(role, [Number(ids.region)])).token;
      before = await tableCounts(t.dataSource);
      const response = await t.gql(
        `mutation { createWorkArea(officeId: "${ids.region}", number: 7, title: "x") { id } }`,
        undefined,
        token,
      );
      expect(response.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      await expectNothingWritten();
    }
  });
});
