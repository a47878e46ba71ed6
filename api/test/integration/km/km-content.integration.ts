// @embedded: KM writes check their parents and audit in the same transaction on the single connection.
import { beforeAll, describe, expect, it } from '@jest/globals';
import { Role } from '#src/platform/auth/role.enum.js';
import { createSmallFramework } from '#test/factories/framework.factory.js';
import { createRegion } from '#test/factories/office.factory.js';
import { createPeriods } from '#test/factories/period.factory.js';
import { dataOf, expectFieldError } from '#test/utils/expect-graphql.js';
import { sharedTestApp, type TestApp } from '#test/utils/test-app.js';

interface UpdateView {
  authors: string;
  office: { code: string };
  period: { code: string };
  milestones: { title: string; startDate: string; endDate: string | null; community: { acronym: string } | null }[];
  workAreaStatuses: { status: string; workArea: { number: number; title: string } }[];
  criticalIssues: { position: number; title: string }[];
  keyContacts: { name: string; email: string }[];
}

const UPDATE_VIEW = `
  authors office { code } period { code }
  milestones { title startDate endDate community { acronym } }
  workAreaStatuses { status workArea { number title } }
  criticalIssues { position title }
  keyContacts { name email }`;

describe('KM content: quarterly updates, milestones, work areas and communities of practice', () => {
  let t: TestApp;
  let ids: Record<string, string>;
  let km: string;

  beforeAll(async () => {
    t = await sharedTestApp();
    const { region, dhaka } = await createRegion(t.dataSource);
    const { components } = await createSmallFramework(t.dataSource);
    const periods = await createPeriods(t.dataSource, ['2009-Q1', '2009-Q2', '2009-Q3']);
    ids = {
      region: String(region.id),
      dhaka: String(dhaka.id),
      component: String(components[0]!.id),
      ...Object.fromEntries(Object.entries(periods).map(([code, period]) => [code, String(period.id)])),
    };
    km = (await t.signedIn(Role.KM_OFFICER, [region.id])).token;
  });

  const create = async (mutation: string, token = km) =>
    Object.values(
      dataOf(await t.gql<Record<string, { id: string }>>(`mutation { ${mutation} { id } }`, undefined, token)),
    )[0]!.id;

  const view = async (token = km) =>
    dataOf(
      await t.gql<{ QuarterlyUpdate: UpdateView | null }>(
        `{ QuarterlyUpdate(id: "${ids.update}") { ${UPDATE_VIEW} } }`,
        undefined,
        token,
      ),
    ).QuarterlyUpdate;

  it("lets ROAP's KM officer write an update with its milestones, work areas, issues and contacts", async () => {
    ids.community = await create(
      `createCommunityOfPractice(officeId: "${ids.region}", name: "Asia Pacific Knowledge Network on Youth Employment Network",
        acronym: "APYouthNet", theme: "Youth Employment", address: "http://ap-youthnet.ilobkk.or.th/")`,
    );
    ids.update = await create(
      `createQuarterlyUpdate(officeId: "${ids.region}", periodId: "${ids['2009-Q2']}", authors: "JA, GT, SF",
        areaOfWork: "Knowledge Management", executiveSummary: "ILO as a global organization...")`,
    );
    ids.discussionMilestone = await create(
      `createKmMilestone(officeId: "${ids.region}", startDate: "2009-04-27", endDate: "2009-05-11",
        title: "APYouthNet launched its first moderated online discussion", description: "The ILO ROAP sponsored...",
        communityId: "${ids.community}", componentIds: ["${ids.component}"])`,
    );
    await create(
      `createKmMilestone(officeId: "${ids.region}", startDate: "2009-04-10", title: "Virtual training", description: "Virtual training of 22 site managers")`,
    );
    // Reached in Q1 and Q3: reported by other updates.
    await create(
      `createKmMilestone(officeId: "${ids.region}", startDate: "2009-03-02", endDate: "2009-03-31", title: "Q1", description: "x")`,
    );
    await create(
      `createKmMilestone(officeId: "${ids.region}", startDate: "2009-06-20", endDate: "2009-07-03", title: "Q3", description: "x")`,
    );
    ids.area = await create(
      `createWorkArea(officeId: "${ids.region}", number: 2, title: "Rolling out the WCMS regionally", description: "Continuing to execute...")`,
    );
    const first = await create(`createWorkArea(officeId: "${ids.region}", number: 1, title: "KM advocacy")`);
    ids.status = await create(
      `createWorkAreaStatus(workAreaId: "${ids.area}", periodId: "${ids['2009-Q2']}", status: IN_PROGRESS)`,
    );
    await create(`createWorkAreaStatus(workAreaId: "${first}", periodId: "${ids['2009-Q2']}", status: DELAYED)`);
    await create(`createWorkAreaStatus(workAreaId: "${first}", periodId: "${ids['2009-Q1']}", status: NOT_STARTED)`);
    await create(
      `createCriticalIssue(updateId: "${ids.update}", title: "Buy-in by staff", description: "i.e. resistance")`,
    );
    ids.contact = await create(
      `createKeyContact(updateId: "${ids.update}", name: "Guy Thijs", title: "Deputy Regional Director", email: "thijs@ilo.org")`,
    );

    expect(await view()).toEqual({
      authors: 'JA, GT, SF',
      office: { code: 'ROAP' },
      period: { code: '2009-Q2' },
      milestones: [
        { title: 'Virtual training', startDate: '2009-04-10', endDate: null, community: null },
        {
          title: 'APYouthNet launched its first moderated online discussion',
          startDate: '2009-04-27',
          endDate: '2009-05-11',
          community: { acronym: 'APYouthNet' },
        },
      ],
      workAreaStatuses: [
        { status: 'DELAYED', workArea: { number: 1, title: 'KM advocacy' } },
        { status: 'IN_PROGRESS', workArea: { number: 2, title: 'Rolling out the WCMS regionally' } },
      ],
      criticalIssues: [{ position: 1, title: 'Buy-in by staff' }],
      keyContacts: [{ name: 'Guy Thijs', email: 'thijs@ilo.org' }],
    });
  });

  it('places parts where asked and refuses a taken position', async () => {
    const taken = await t.gql(
      `mutation { createCriticalIssue(updateId: "${ids.update}", position: 1, title: "x", description: "y") { id } }`,
      undefined,
      km,
    );
    expectFieldError(taken, 'position', /already has an issue at position 1/, 'CONFLICT');
    await create(
      `createCriticalIssue(updateId: "${ids.update}", position: 3, title: "Participation of KSP/CoP members", description: "i.e. reluctance")`,
    );
    await create(
      `createCriticalIssue(updateId: "${ids.update}", title: "Technical incompatibilities", description: "i.e. the technical requirements")`,
    );
    expect((await view())!.criticalIssues.map((issue) => issue.position)).toEqual([1, 3, 4]);
  });

  it('updates through the flat mutations and filters the lists', async () => {
    const { updateQuarterlyUpdate, updateKeyContact, updateWorkAreaStatus } = dataOf(
      await t.gql<Record<string, Record<string, unknown>>>(
        `mutation {
          updateQuarterlyUpdate(id: "${ids.update}", issuesIntro: "Recurrent issues and challenges...") { issuesIntro authors }
          updateKeyContact(id: "${ids.contact}", title: "Deputy Regional Director, ROAP") { title email }
          updateWorkAreaStatus(id: "${ids.status}", status: COMPLETED, note: "done") { status note }
        }`,
        undefined,
        km,
      ),
    );
    expect(updateQuarterlyUpdate).toEqual({ issuesIntro: 'Recurrent issues and challenges...', authors: 'JA, GT, SF' });
    expect(updateKeyContact).toEqual({ title: 'Deputy Regional Director, ROAP', email: 'thijs@ilo.org' });
    expect(updateWorkAreaStatus).toEqual({ status: 'COMPLETED', note: 'done' });
    const lists = dataOf(
      await t.gql<{
        allKmMilestones: { title: string }[];
        _allKmMilestonesMeta: { count: number };
        allQuarterlyUpdates: { id: string }[];
        allWorkAreaStatuses: { id: string }[];
      }>(
        `{
          allKmMilestones(filter: { communityId: "${ids.community}" }) { title }
          _allKmMilestonesMeta(filter: { officeId: "${ids.region}", startDate_gte: "2009-04-01", startDate_lte: "2009-06-30" }) { count }
          allQuarterlyUpdates(filter: { periodId: "${ids['2009-Q2']}", officeId: "${ids.region}" }) { id }
          allWorkAreaStatuses(filter: { periodId: "${ids['2009-Q1']}" }) { id }
        }`,
        undefined,
        km,
      ),
    );
    expect(lists.allKmMilestones).toEqual([{ title: 'APYouthNet launched its first moderated online discussion' }]);
    expect(lists._allKmMilestonesMeta.count).toBe(3);
    expect(lists.allQuarterlyUpdates).toEqual([{ id: ids.update }]);
    expect(lists.allWorkAreaStatuses).toHaveLength(1);
  });

  it('gives a community its membership targets by group, their sum, and its discussions', async () => {
    for (const [group, target] of [
      ['Trade union officials', 20],
      ['Employer Association leaders', 20],
    ] as const) {
      await create(
        `createCopMembershipTarget(communityId: "${ids.community}", memberGroup: "${group}", targetMembers: ${target})`,
      );
    }
    await create(
      `createCopDiscussion(communityId: "${ids.community}", startDate: "2009-04-27", endDate: "2009-05-11",
        topic: "Youth Enterprise and the Effects of the Global Financial Crisis", reach: 500)`,
    );
    const { CommunityOfPractice } = dataOf(
      await t.gql<{ CommunityOfPractice: Record<string, unknown> }>(
        `{ CommunityOfPractice(id: "${ids.community}") {
            acronym status office { code } targetMembership
            membershipTargets { position memberGroup targetMembers community { acronym } }
            discussions { topic startDate endDate reach community { acronym } } } }`,
        undefined,
        km,
      ),
    );
    expect(CommunityOfPractice).toEqual({
      acronym: 'APYouthNet',
      status: 'ACTIVE',
      office: { code: 'ROAP' },
      targetMembership: 40,
      membershipTargets: [
        { position: 1, memberGroup: 'Trade union officials', targetMembers: 20, community: { acronym: 'APYouthNet' } },
        {
          position: 2,
          memberGroup: 'Employer Association leaders',
          targetMembers: 20,
          community: { acronym: 'APYouthNet' },
        },
      ],
      discussions: [
        {
          topic: 'Youth Enterprise and the Effects of the Global Financial Crisis',
          startDate: '2009-04-27',
          endDate: '2009-05-11',
          reach: 500,
          community: { acronym: 'APYouthNet' },
        },
      ],
    });
  });

  it('keeps the KM content of ROAP out of sight of Dhaka, and of viewers', async () => {
    const dhakaKm = (await t.signedIn(Role.KM_OFFICER, [Number(ids.dhaka)])).token;
    const dhakaPO = (await t.signedIn(Role.PROGRAMME_OFFICER, [Number(ids.dhaka)])).token;
    const viewer = (await t.signedIn(Role.VIEWER)).token;
    const manager = (await t.signedIn(Role.REGIONAL_MANAGER, [Number(ids.region)])).token;
    const lists = `{
      allQuarterlyUpdates { id } allKmMilestones { id } allWorkAreas { id } allWorkAreaStatuses { id }
      allCriticalIssues { id } allKeyContacts { id } allCommunityOfPractices { id }
      allCopMembershipTargets { id } allCopDiscussions { id } }`;
    for (const token of [dhakaKm, dhakaPO, viewer]) {
      const data = dataOf(await t.gql<Record<string, unknown[]>>(lists, undefined, token));
      expect(Object.values(data).every((rows) => rows.length === 0)).toBe(true);
      expect(await view(token)).toBeNull();
    }
    expect((await view(manager))!.milestones).toHaveLength(2);
    const counts = dataOf(await t.gql<Record<string, unknown[]>>(lists, undefined, manager));
    expect(Object.values(counts).every((rows) => rows.length > 0)).toBe(true);
    // Another office's records cannot be changed either: for Dhaka they do not exist.
    const update = await t.gql(
      `mutation { updateQuarterlyUpdate(id: "${ids.update}", authors: "x") { id } }`,
      undefined,
      dhakaKm,
    );
    expectFieldError(update, 'id', /no QuarterlyUpdate with id/);
  });

  it('refuses to delete records that others still depend on, then deletes parts first', async () => {
    const refuse = async (mutation: string, reason: RegExp) =>
      expectFieldError(await t.gql(`mutation { ${mutation} { id } }`, undefined, km), 'id', reason, 'CONFLICT');
    await refuse(`deleteQuarterlyUpdate(id: "${ids.update}")`, /still has 3 critical issues and 1 key contacts/);
    await refuse(
      `deleteCommunityOfPractice(id: "${ids.community}")`,
      /2 membership targets, 1 discussions and 1 milestones/,
    );
    await refuse(`deleteWorkArea(id: "${ids.area}")`, /still has 1 quarterly statuses/);
    const { allCriticalIssues } = dataOf(
      await t.gql<{ allCriticalIssues: { id: string }[] }>(
        `{ allCriticalIssues(filter: { updateId: "${ids.update}" }) { id } }`,
        undefined,
        km,
      ),
    );
    for (const issue of allCriticalIssues) await create(`deleteCriticalIssue(id: "${issue.id}")`);
    await create(`deleteKeyContact(id: "${ids.contact}")`);
    await create(`deleteQuarterlyUpdate(id: "${ids.update}")`);
    await create(`deleteWorkAreaStatus(id: "${ids.status}")`);
    await create(`deleteWorkArea(id: "${ids.area}")`);
    const { auditTrail } = dataOf(
      await t.gql<{ auditTrail: { action: string }[] }>(
        `{ auditTrail(entityType: "QuarterlyUpdate", entityId: "${ids.update}") { action } }`,
      ),
    );
    expect(auditTrail.map((entry) => entry.action)).toEqual(expect.arrayContaining(['CREATE', 'UPDATE', 'DELETE']));
  });
});
