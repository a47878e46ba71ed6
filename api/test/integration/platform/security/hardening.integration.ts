import { beforeAll, describe, expect, it } from '@jest/globals';
import request from 'supertest';
import { dataOf, expectRefused } from '#test/utils/expect-graphql.js';
import { sharedTestApp, type TestApp } from '#test/utils/test-app.js';

describe('hardening', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await sharedTestApp();
  });

  it('refuses a query nested deeper than 10 levels, with a clear error', async () => {
    const nested = `{ allOffices { ${'parent { '.repeat(10)}code${' }'.repeat(10)} } }`;
    expectRefused(await t.gql(nested), 'QUERY_TOO_DEEP', /nests 12 levels deep; at most 10/);
    dataOf(await t.gql(`{ allOffices { ${'parent { '.repeat(8)}code${' }'.repeat(8)} } }`));
  });

  it('still answers the introspection that GraphiQL and react-admin send', async () => {
    const response = await t.gql(
      '{ __schema { queryType { fields { name type { ofType { ofType { ofType { name } } } } } } } }',
    );
    expect(dataOf(response)).toBeTruthy();
  });

  it('refuses a query whose pages multiply into too much work', async () => {
    const page =
      'allIndicators(perPage: 1000) { id code title description scope measure unit outcomeId createdAt updatedAt }';
    const costly = `{ ${'abcdefghij'
      .split('')
      .map((alias) => `${alias}: ${page}`)
      .join(' ')} }`;
    expectRefused(await t.gql(costly), 'QUERY_TOO_COMPLEX', /would cost 110010 .* at most 100000/);
  });

  it('refuses a request body over 1 MB before reading it', async () => {
    const response = await request(t.app.getHttpServer())
      .post('/graphql')
      .set('content-type', 'application/json')
      .send(JSON.stringify({ query: '{ me { id } }', variables: { padding: 'x'.repeat(1_100_000) } }));
    expect(response.status).toBe(413);
  });

  it('sends security headers and no CORS permission to other sites by default', async () => {
    const response = await request(t.app.getHttpServer())
      .post('/graphql')
      .set('origin', 'https://elsewhere.example')
      .send({ query: '{ __typename }' });
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers['x-frame-options']).toBe('SAMEORIGIN');
    expect(response.headers['strict-transport-security']).toMatch(/max-age/);
    expect(response.headers['x-powered-by']).toBeUndefined();
    expect(response.headers['access-control-allow-origin']).toBeUndefined();
  });
});
