import { beforeAll, describe, expect, it } from '@jest/globals';
import { getIntrospectionQuery } from 'graphql';
import request from 'supertest';
import { Role } from '#src/platform/auth/role.enum.js';
import { dataOf, expectFieldError, expectRefused } from '#test/utils/expect-graphql.js';
import { tableCounts } from '#test/utils/table-counts.js';
import { sharedTestApp, type TestApp } from '#test/utils/test-app.js';

// A client's mistake in the request itself (its variables, its text, which operation to run, how much
// it asks for) is refused with a 400 before any resolver runs, and nothing is written.

const post = (t: TestApp, body: unknown, token?: string) => {
  const call = request(t.app.getHttpServer()).post('/graphql').set('content-type', 'application/json');
  if (token) call.set('authorization', `Bearer ${token}`);
  return call.send(JSON.stringify(body));
};

const aliased = (count: number, selection: string) =>
  `{ ${Array.from({ length: count }, (_, index) => `a${index}: ${selection}`).join(' ')} }`;

describe('operation admission', () => {
  let t: TestApp;
  let viewerToken: string;
  let adminToken: string;

  beforeAll(async () => {
    t = await sharedTestApp();
    viewerToken = (await t.signedIn(Role.VIEWER)).token;
    adminToken = (await t.signedIn(Role.ADMIN)).token;
  });

  it('a variable of the wrong type is a 400 naming the variable, for every kind of mismatch', async () => {
    const cases: [string, Record<string, unknown>, string][] = [
      ['query($id: ID!) { Office(id: $id) { id } }', { id: { a: 1 } }, 'id'],
      ['query($id: ID!) { Office(id: $id) { id } }', {}, 'id'],
      ['mutation($v: Float) { updateIndicatorResult(id: 1, value: $v) { id } }', { v: 'Infinity' }, 'v'],
      ['query($f: OfficeFilter) { allOffices(filter: $f) { id } }', { f: { ids: [{}] } }, 'f'],
      ['query($p: Int) { allOffices(perPage: $p) { id } }', { p: 2 ** 40 }, 'p'],
    ];
    for (const [query, variables, field] of cases) {
      const response = await post(t, { query, variables }, adminToken);
      expect(response.status).toBe(400);
      expectFieldError(response.body, field, /invalid value|was not provided|cannot represent/);
    }
  });

  it('a literal of the wrong type is BAD_USER_INPUT naming its argument path', async () => {
    const response = await post(t, { query: '{ allOffices(filter: { ids: [1, 2.5] }) { id } }' }, adminToken);
    expect(response.status).toBe(400);
    expectFieldError(response.body, 'filter.ids', /ID cannot represent .*2\.5/);
  });

  it('text that cannot be stored (NUL, half a character) is refused wherever it comes, and nothing is written', async () => {
    const before = await tableCounts(t.dataSource);
    const cases: [unknown, string | undefined, string][] = [
      [{ query: 'mutation { login(email: "a\\u0000b@example.org", password: "x") { token } }' }, undefined, 'email'],
      [{ query: '{ allOffices(filter: { q: "Dha\\u0000ka" }) { id } }' }, adminToken, 'filter.q'],
      [
        {
          query: 'mutation($name: String!) { createOffice(code: "CO-X", name: $name, type: COUNTRY) { id } }',
          variables: { name: 'Bad\u0000name' },
        },
        adminToken,
        'name',
      ],
      [
        {
          query: 'mutation($o: String!) { createOffice(code: "CO-Y", name: $o, type: COUNTRY) { id } }',
          variables: { o: 'half \ud800 a character' },
        },
        adminToken,
        'o',
      ],
      [
        {
          query:
            'mutation($c: [String!]) { createOffice(code: "CO-Z", name: "Z", type: COUNTRY, countries: $c) { id } }',
          variables: { c: ['Nepal', 'Bhu\u0000tan'] },
        },
        adminToken,
        'c[1]',
      ],
    ];
    for (const [body, token, field] of cases) {
      const response = await post(t, body, token);
      expect(response.status).toBe(400);
      expectFieldError(response.body, field, /NUL character|half of a character/);
    }
    expect(await tableCounts(t.dataSource)).toEqual(before);
  });

  it('several operations need operationName, and it must name one of them', async () => {
    const query = 'query first { me { id } } query second { me { email } }';
    const unnamed = await post(t, { query }, adminToken);
    expect(unnamed.status).toBe(400);
    expectFieldError(unnamed.body, 'operationName', /2 operations \(first, second\): name the one to run/);
    const unknown = await post(t, { query, operationName: 'third' }, adminToken);
    expect(unknown.status).toBe(400);
    expectFieldError(unknown.body, 'operationName', /no operation "third"/);
    const named = await post(t, { query, operationName: 'second' }, adminToken);
    expect(named.status).toBe(200);
    expect(Object.keys(dataOf(named.body as { data: { me: object } }).me)).toEqual(['email']);
  });

  it('prices every alias of an introspection: one full introspection passes, a few dozen are refused before running', async () => {
    dataOf(await t.gql(getIntrospectionQuery()));
    const introspections = (count: number) =>
      aliased(count, '__schema { types { name fields { name args { name } type { name ofType { name } } } } }');
    for (const token of [null, viewerToken]) {
      const response = await post(t, { query: introspections(40) }, token ?? undefined);
      expect(response.status).toBe(400);
      expectRefused(response.body, 'QUERY_TOO_COMPLEX', /would cost \d+ .*at most 100000/);
    }
  });

  it('stops parsing a document of hundreds of aliases at the token limit', async () => {
    const probe = aliased(
      400,
      '__schema { types { name fields { name args { name } type { name ofType { name } } } } }',
    );
    const response = await post(t, { query: probe });
    expect(response.status).toBe(400);
    expectRefused(response.body, 'GRAPHQL_PARSE_FAILED', /more that 2000 tokens/);
  });

  it('prices lists without perPage at the rows they can return, and nested lists at their real fan-out', async () => {
    const fanOut = aliased(60, 'allOffices { id code children { id code parent { id code children { id } } } }');
    for (const token of [null, viewerToken]) {
      expectRefused(await t.gql(fanOut, undefined, token), 'QUERY_TOO_COMPLEX', /would cost \d+/);
    }
    // One unpaged list of offices is a full page of them: affordable alone, not twenty times over.
    dataOf(await t.gql('{ allOffices { id code name } }'));
    expectRefused(
      await t.gql(aliased(20, 'allOffices { id code name type parentId countries }')),
      'QUERY_TOO_COMPLEX',
      /would cost 140020 /,
    );
    // A list of given ids (react-admin's getMany) answers at most one row per id.
    dataOf(
      await t.gql(aliased(20, 'allOffices(filter: { ids: ["1", "2"] }) { id code name type parentId countries }')),
    );
  });
});
