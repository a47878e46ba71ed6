import { beforeAll, describe, expect, it } from '@jest/globals';
import { Role } from '#src/platform/auth/role.enum.js';
import { createSmallFramework } from '#test/factories/framework.factory.js';
import { createRegion } from '#test/factories/office.factory.js';
import { dataOf } from '#test/utils/expect-graphql.js';
import { sharedTestApp, type TestApp } from '#test/utils/test-app.js';

/** Issue 17, item 9: a KM milestone advances any number of indicator components. */
describe('KM milestones linked to the components they advance', () => {
  let t: TestApp;
  let ids: Record<string, string>;
  let km: string;
  let dhakaPO: string;

  beforeAll(async () => {
    t = await sharedTestApp();
    const { region, dhaka } = await createRegion(t.dataSource);
    const { components } = await createSmallFramework(t.dataSource, { indicators: 2 });
    ids = {
      region: String(region.id),
      first: String(components[0]!.id),
      second: String(components[1]!.id),
    };
    km = (await t.signedIn(Role.KM_OFFICER, [region.id])).token;
    dhakaPO = (await t.signedIn(Role.PROGRAMME_OFFICER, [dhaka.id])).token;
  });

  const gql = <T>(query: string, token = km) => t.gql<T>(query, undefined, token);
  const milestoneIdsOf = async (componentId: string, token = km) =>
    dataOf(
      await gql<{ allKmMilestones: { id: string }[]; IndicatorComponent: { kmMilestones: { id: string }[] } }>(
        `{ allKmMilestones(filter: { componentId: "${componentId}" }) { id }
           IndicatorComponent(id: "${componentId}") { kmMilestones { id } } }`,
        token,
      ),
    );

  it('links a milestone to two components, lists it under each, and filters by component', async () => {
    const { createKmMilestone } = dataOf(
      await gql<{ createKmMilestone: { id: string; componentIds: string[]; components: { id: string }[] } }>(
        `mutation { createKmMilestone(officeId: "${ids.region}", startDate: "2010-10-01", endDate: "2010-10-31",
           title: "AP-IR Net portal went online for ILO staff", description: "Seed 003",
           componentIds: ["${ids.second}", "${ids.first}", "${ids.first}"]) { id componentIds components { id } } }`,
      ),
    );
    ids.milestone = createKmMilestone.id;
    expect(createKmMilestone.componentIds).toEqual([ids.first, ids.second]);
    expect(createKmMilestone.components).toEqual([{ id: ids.first }, { id: ids.second }]);
    await gql(
      `mutation { createKmMilestone(officeId: "${ids.region}", startDate: "2010-12-01", title: "Internal ILO meeting", description: "x") { id } }`,
    );
    expect(await milestoneIdsOf(ids.first)).toEqual({
      allKmMilestones: [{ id: ids.milestone }],
      IndicatorComponent: { kmMilestones: [{ id: ids.milestone }] },
    });
  });

  it('replaces the links on update, each link audited under the milestone', async () => {
    dataOf(await gql(`mutation { updateKmMilestone(id: "${ids.milestone}", componentIds: ["${ids.second}"]) { id } }`));
    expect((await milestoneIdsOf(ids.first)).allKmMilestones).toEqual([]);
    expect((await milestoneIdsOf(ids.second)).IndicatorComponent.kmMilestones).toEqual([{ id: ids.milestone }]);
    const rows = (await t.dataSource.query(
      `SELECT action, changes->0->>'field' AS first, office_id FROM audit_entry
        WHERE entity_type = 'KmMilestoneComponent' ORDER BY id`,
    )) as { action: string; office_id: number }[];
    expect(rows.map((row) => [row.action, row.office_id])).toEqual([
      ['CREATE', Number(ids.region)],
      ['CREATE', Number(ids.region)],
      ['DELETE', Number(ids.region)],
    ]);
  });

  it("keeps ROAP's milestones off the component's page for another office", async () => {
    expect(await milestoneIdsOf(ids.second, dhakaPO)).toEqual({
      allKmMilestones: [],
      IndicatorComponent: { kmMilestones: [] },
    });
  });
});
