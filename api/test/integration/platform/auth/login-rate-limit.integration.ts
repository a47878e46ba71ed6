// @embedded: sign-in attempts are counted by upserts in the database, with the API's single connection.
import { beforeAll, describe, expect, it } from '@jest/globals';
import { LoginAttemptCounter } from '#src/platform/auth/login-rate-limiter.js';
import { createUser, TEST_PASSWORD } from '#test/factories/user.factory.js';
import { dataOf, expectRefused } from '#test/utils/expect-graphql.js';
import { sharedTestApp, type TestApp } from '#test/utils/test-app.js';

const LOGIN = 'mutation ($email: String!, $password: String!) { login(email: $email, password: $password) { token } }';

// Defaults: 5 attempts per email and 20 per IP address in 15 minutes. Every request of this file
// comes from the same address, so the attempts are counted across the tests, in order.
describe('login rate limits', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await sharedTestApp();
    await createUser(t.dataSource, { email: 'po@example.org' });
  });

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

  it('counts the attempts of every API instance together, in the database', async () => {
    await t.reset();
    await createUser(t.dataSource, { email: 'po@example.org' });
    // Another instance holds no state of its own: a counter on the same database is one.
    const otherInstance = new LoginAttemptCounter(t.dataSource, 15 * 60_000);
    for (let attempt = 1; attempt <= 4; attempt += 1) {
      expect(await otherInstance.hit([{ key: 'email:po@example.org', limit: 5 }])).toBe(0);
    }
    expect(dataOf(await login('po@example.org', TEST_PASSWORD))).toBeTruthy();
    expectRefused(await login('po@example.org', TEST_PASSWORD), 'TOO_MANY_REQUESTS', /try again in 15 minutes/);
    expect(await otherInstance.hit([{ key: 'email:po@example.org', limit: 5 }])).toBeGreaterThan(14 * 60_000);
    // Neither the address nor the email is stored, only their hashes.
    const stored = JSON.stringify(await t.dataSource.query('SELECT * FROM login_attempt_window'));
    expect(stored).not.toMatch(/example\.org|127\.0\.0\.1|::1|ffff/);
  });

  it('opens a new window once the last one has ended', async () => {
    // Long enough that two hits in a row fall in one window even on a busy machine.
    const windowMs = 1_500;
    const counter = new LoginAttemptCounter(t.dataSource, windowMs);
    const key = [{ key: 'email:short-window@example.org', limit: 1 }];
    expect(await counter.hit(key)).toBe(0);
    expect(await counter.hit(key)).toBeGreaterThan(0);
    await new Promise((resolve) => setTimeout(resolve, windowMs + 100));
    expect(await counter.hit(key)).toBe(0);
  });
});
