import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createUser, TEST_PASSWORD } from '#test/factories/user.factory.js';
import { dataOf, expectRefused } from '#test/utils/expect-graphql.js';
import { createTestApp, type TestApp } from '#test/utils/test-app.js';

const LOGIN = 'mutation ($email: String!, $password: String!) { login(email: $email, password: $password) { token } }';

// Defaults: 5 attempts per email and 20 per IP address in 15 minutes. Every request of this file
// comes from the same address, so the attempts are counted across the tests, in order.
describe('login rate limits', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp();
    await createUser(t.dataSource, { email: 'po@example.org' });
  });

  afterAll(() => t.close());

  const login = (email: string, password: string) => t.gql(LOGIN, { email, password }, null);

  it('allows five attempts per email address, then refuses even the right password', async () => {
    for (let attempt = 1; attempt <= 4; attempt += 1) {
      expectRefused(
        await login('po@example.org', `wrong-${attempt}-password`),
        'UNAUTHENTICATED',
        /invalid email or password/,
      );
    }
    expect(dataOf(await login('PO@example.org', TEST_PASSWORD))).toBeTruthy();
    expectRefused(await login('po@example.org', TEST_PASSWORD), 'TOO_MANY_REQUESTS', /too many login attempts/);
  });

  it('allows twenty attempts per IP address across emails, then refuses', async () => {
    // Six attempts were made above; fourteen more on other addresses are still allowed.
    for (let attempt = 7; attempt <= 20; attempt += 1) {
      expectRefused(
        await login(`someone-${attempt}@example.org`, 'wrong-password-1'),
        'UNAUTHENTICATED',
        /invalid email/,
      );
    }
    expectRefused(
      await login('someone-else@example.org', 'wrong-password-1'),
      'TOO_MANY_REQUESTS',
      /too many login attempts/,
    );
  });
});
