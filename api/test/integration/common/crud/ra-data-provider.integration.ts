import { beforeAll, describe, expect, it } from '@jest/globals';
import type { RaRecord } from 'ra-core';
import { DemoDataLoader } from '#src/datasets/demo/demo-data.loader.js';
import { Role } from '#src/platform/auth/role.enum.js';
import { SCENARIOS, type ScenarioContext } from '#test/integration/common/crud/ra-scenarios.js';
import {
  graphqlUrl,
  raDataProvider,
  type ProviderIntrospection,
  type RaDataProvider,
} from '#test/utils/ra-provider.js';
import { sharedTestApp } from '#test/utils/test-app.js';

// The interface's data provider (ra-data-graphql-simple, built as admin-ui builds it) over HTTP, as
// an administrator, on the demo data: every method react-admin's pages call, on every resource.

const RESOURCES = Object.keys(SCENARIOS).sort();
// Written by the server on every save; a report's version counts its saves.
const VOLATILE = ['updatedAt', 'version'];

/** The resources the provider found in the schema: types with the whole ra-data-graphql-simple grammar. */
const crudResources = ({ resources }: ProviderIntrospection) =>
  resources
    .filter((resource) => ['GET_LIST', 'GET_ONE', 'CREATE', 'UPDATE', 'DELETE'].every((method) => method in resource))
    .map((resource) => resource.type.name)
    .sort();

/** Fields a list can be narrowed to one parent by (`officeId`), as `<ReferenceManyField target>` does. */
const referenceTargets = (introspection: ProviderIntrospection, resource: string): string[] => {
  const type = introspection.resources.find((candidate) => candidate.type.name === resource)!.type;
  const filter = introspection.types.find((candidate) => candidate.name === `${resource}Filter`);
  return (filter?.inputFields ?? [])
    .map((field) => field.name)
    .filter((name) => /.Id$/.test(name) && type.fields.some((field) => field.name === name))
    .sort();
};

const without = (record: RaRecord, keys: string[]) =>
  Object.fromEntries(Object.entries(record).filter(([key]) => !keys.includes(key)));

const ids = (records: RaRecord[]) => records.map((record) => String(record.id));

describe("react-admin's data provider, on every resource", () => {
  let admin: RaDataProvider;
  let introspection: ProviderIntrospection;
  const created: Record<string, RaRecord> = {};
  const sentBack: Record<string, RaRecord> = {};

  const ctx: ScenarioContext = {
    async first(resource, filter) {
      const { data } = await admin.getList(resource, {
        filter,
        pagination: { page: 1, perPage: 1 },
        sort: { field: 'id', order: 'ASC' },
      });
      expect({ resource, filter, found: data.length }).toEqual({ resource, filter, found: 1 });
      return data[0]!;
    },
  };

  beforeAll(async () => {
    const t = await sharedTestApp();
    await t.app.get(DemoDataLoader).loadIntoEmptyDatabase();
    admin = raDataProvider(await graphqlUrl(t), (await t.signedIn(Role.ADMIN)).token);
    introspection = await admin.getIntrospection();
  });

  it('has a scenario for every resource the API serves, and none for one it does not', () => {
    expect(RESOURCES).toEqual(crudResources(introspection));
  });

  describe.each(RESOURCES)('%s', (resource) => {
    const scenario = SCENARIOS[resource]!;

    it('creates a record as the create page sends it', async () => {
      const data = await scenario.create(ctx);
      const { data: record } = await admin.create(resource, { data });
      created[resource] = record;
      expect(record.id).toEqual(expect.any(String));
    });

    it('reads it with getOne and getMany', async () => {
      const { data: one } = await admin.getOne(resource, { id: created[resource]!.id });
      expect(without(one, VOLATILE)).toEqual(without(created[resource]!, VOLATILE));
      const first = await ctx.first(resource, {});
      const { data: many } = await admin.getMany(resource, { ids: [created[resource]!.id, first.id] });
      expect(ids(many).sort()).toEqual([...new Set([String(created[resource]!.id), String(first.id)])].sort());
    });

    it('lists page by page, sorted either way', async () => {
      const list = (page: number, perPage: number, order: 'ASC' | 'DESC') =>
        admin.getList(resource, { filter: {}, pagination: { page, perPage }, sort: { field: 'id', order } });
      const newest = await list(1, 2, 'DESC');
      expect(newest.data[0]!.id).toBe(created[resource]!.id);
      expect((await list(2, 1, 'DESC')).data.map((record) => record.id)).toEqual(ids(newest.data.slice(1, 2)));
      const all = await list(1, 100, 'ASC');
      expect(all.total).toBe(all.data.length);
      expect(all.data.map((record) => Number(record.id))).toEqual(
        all.data.map((record) => Number(record.id)).sort((a, b) => a - b),
      );
      expect(ids(all.data).at(-1)).toBe(created[resource]!.id);
    });

    it.each(scenario.searches)('finds it when the user searches for "%s"', async (q) => {
      const { data, total } = await admin.getList(resource, {
        filter: { q },
        pagination: { page: 1, perPage: 100 },
        sort: { field: 'id', order: 'DESC' },
      });
      expect(ids(data)).toContain(created[resource]!.id);
      expect(total).toBe(data.length);
    });

    it('can be listed under the parents its filter declares', () => {
      expect(referenceTargets(introspection, resource)).toEqual([...scenario.references].sort());
    });

    // Top-level resources (periods, frameworks, users) have none: the test above says so.
    if (scenario.references.length > 0) {
      it.each(scenario.references)('is listed under its %s (getManyReference)', async (target) => {
        const parentId = created[resource]![target] as string;
        expect(parentId).toEqual(expect.any(String));
        const { data } = await admin.getManyReference(resource, {
          target,
          id: parentId,
          filter: {},
          pagination: { page: 1, perPage: 100 },
          sort: { field: 'id', order: 'ASC' },
        });
        expect(ids(data)).toContain(created[resource]!.id);
        expect(data.filter((record) => String(record[target]) !== parentId)).toEqual([]);
      });
    }

    it('saves the whole record sent back with one field changed, as the edit page does', async () => {
      const { data: before } = await admin.getOne(resource, { id: created[resource]!.id });
      sentBack[resource] = before;
      const edited = { ...before, ...scenario.change };
      const { data: saved } = await admin.update(resource, { id: before.id, data: edited, previousData: before });
      expect(saved).toMatchObject(scenario.change);
      const { data: after } = await admin.getOne(resource, { id: before.id });
      expect(without(after, VOLATILE)).toEqual(without(edited, VOLATILE));
    });

    it('deletes it', async () => {
      const { data } = await admin.delete(resource, { id: created[resource]!.id, previousData: created[resource] });
      expect(data.id).toBe(created[resource]!.id);
      expect((await admin.getMany(resource, { ids: [created[resource]!.id] })).data).toEqual([]);
    });
  });

  it('sent back what react-admin keeps in nested records: __typename, ids and read-only fields', () => {
    expect(sentBack.IndicatorResult?.disaggregations).toEqual([
      expect.objectContaining({ __typename: 'Disaggregation' }),
      expect.objectContaining({ __typename: 'Disaggregation' }),
    ]);
    expect(sentBack.ProgressReport?.lines).toContainEqual(
      expect.objectContaining({ id: expect.any(String), flagged: false, planItem: expect.anything() }),
    );
  });
});
