import { beforeAll, describe, expect, it } from '@jest/globals';
import { DemoDataLoader } from '#src/datasets/demo/demo-data.loader.js';
import { dataOf, expectFieldError } from '#test/utils/expect-graphql.js';
import { sharedTestApp, type TestApp } from '#test/utils/test-app.js';

// The list grammar of ra-data-graphql-simple, on the demo data.
describe('lists as react-admin asks for them', () => {
  let t: TestApp;
  /** The published 2008-09 strategy: the demo also holds its draft 2010-11 version, the same 16 codes again. */
  let strategy: string;

  const codes = async (query: string) =>
    dataOf(await t.gql<Record<string, { code: string }[]>>(query))[query.match(/\{\s*(\w+)/)![1]!]!.map(
      (row) => row.code,
    );

  beforeAll(async () => {
    t = await sharedTestApp();
    await t.app.get(DemoDataLoader).loadIntoEmptyDatabase();
    const { allResultsFrameworks } = dataOf(
      await t.gql<{ allResultsFrameworks: { id: string; publishedAt: string | null }[] }>(
        '{ allResultsFrameworks(sortField: "startDate", sortOrder: "ASC") { id publishedAt } }',
      ),
    );
    strategy = allResultsFrameworks.find((framework) => framework.publishedAt !== null)!.id;
  });

  it('pages from 0 and sorts on any column, both ways', async () => {
    expect(
      await codes(
        `{ allIndicators(page: 0, perPage: 3, sortField: "code", sortOrder: "ASC", filter: { frameworkId: "${strategy}" }) { code } }`,
      ),
    ).toEqual(['1.1', '2.1', '2.2']);
    expect(
      await codes(
        `{ allIndicators(page: 1, perPage: 3, sortField: "code", sortOrder: "ASC", filter: { frameworkId: "${strategy}" }) { code } }`,
      ),
    ).toEqual(['2.3', '3.1', '3.2']);
    expect(
      await codes(
        `{ allIndicators(perPage: 2, sortField: "code", sortOrder: "DESC", filter: { frameworkId: "${strategy}" }) { code } }`,
      ),
    ).toEqual(['6.5', '6.4']);
  });

  it('counts what the filter selects, whatever the page', async () => {
    const response = await t.gql<{ _allIndicatorsMeta: { count: number } }>(
      `{ _allIndicatorsMeta(page: 0, perPage: 2, filter: { scope: INTERNAL, frameworkId: "${strategy}" }) { count } }`,
    );
    expect(dataOf(response)._allIndicatorsMeta.count).toBe(7); // 1.1, 2.1-2.3, 6.1, 6.4, 6.5
  });

  it('searches with q, case-insensitively, in codes and titles', async () => {
    expect(await codes(`{ allIndicators(filter: { q: "iris", frameworkId: "${strategy}" }) { code } }`)).toEqual([
      '6.5',
    ]);
    expect(await codes('{ allOffices(filter: { q: "dhaka" }) { code } }')).toEqual(['CO-DHAKA']);
    expect(await codes('{ allIndicators(filter: { q: "100%_" }) { code } }')).toEqual([]);
  });

  it('searches for every word typed, each in any searched field', async () => {
    expect(await codes('{ allOffices(filter: { q: "  country   BGD " }) { code } }')).toEqual(['CO-DHAKA']);
    expect(await codes('{ allOffices(filter: { q: "dhaka jakarta" }) { code } }')).toEqual([]);
    const response = await t.gql('{ allOffices(filter: { q: "a b c d e f g h i j k" }) { code } }');
    expectFieldError(response, 'filter.q', /at most 10 words \(11 given\)/);
  });

  it('fetches many by ids, as getMany does', async () => {
    const { allOffices } = dataOf(
      await t.gql<{ allOffices: { id: string }[] }>('{ allOffices(perPage: 2, sortField: "id") { id } }'),
    );
    const ids = allOffices.map((office) => `"${office.id}"`).join(', ');
    expect(await codes(`{ allOffices(filter: { ids: [${ids}] }) { code } }`)).toEqual(['HQ', 'ROAP']);
  });

  it('filters on plain fields, on null, through relations and on ranges', async () => {
    expect(await codes('{ allOffices(filter: { type: SUBREGIONAL }) { code } }')).toEqual([
      'SRO-BANGKOK',
      'SRO-NEW-DELHI',
      'SRO-SUVA',
    ]);
    expect(await codes('{ allOffices(filter: { parentId: null }) { code } }')).toEqual(['HQ']);
    expect(await codes('{ allOffices(filter: { country: "mmr" }) { code } }')).toEqual(['LO-YANGON']);
    const { allOutcomes } = dataOf(
      await t.gql<{ allOutcomes: { id: string }[] }>('{ allOutcomes(filter: { number: 6 }) { id } }'),
    );
    expect(await codes(`{ allIndicators(filter: { outcomeId: "${allOutcomes[0]!.id}" }) { code } }`)).toHaveLength(5);
    expect(await codes(`{ allIndicators(perPage: 50, filter: { frameworkId: "${strategy}" }) { code } }`)).toHaveLength(
      16,
    );
    expect(
      await codes('{ allReportingPeriods(filter: { startDate_gte: "2011-01-01", kind: QUARTER }) { code } }'),
    ).toEqual(['2011-Q1', '2011-Q2', '2011-Q3', '2011-Q4']);
  });

  it('returns null for a record that does not exist', async () => {
    expect(dataOf(await t.gql('{ Indicator(id: "9999") { id } }'))).toEqual({ Indicator: null });
  });
});
