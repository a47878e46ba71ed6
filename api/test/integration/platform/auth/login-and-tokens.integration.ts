import { beforeAll, describe, expect, it } from '@jest/globals';
import { JwtService } from '@nestjs/jwt';
import request from 'supertest';
import { Role } from '#src/platform/auth/role.enum.js';
import type { UserEntity } from '#src/platform/user/user.entity.js';
import { createOffice } from '#test/factories/office.factory.js';
import { createUser, TEST_PASSWORD } from '#test/factories/user.factory.js';
import { dataOf, expectFieldError, expectRefused } from '#test/utils/expect-graphql.js';
import { sharedTestApp, type TestApp } from '#test/utils/test-app.js';

const LOGIN = `mutation ($email: String!, $password: String!) {
  login(email: $email, password: $password) { token expiresAt user { email role } }
}`;

describe('login and tokens', () => {
  let t: TestApp;
  let user: UserEntity;

  beforeAll(async () => {
    t = await sharedTestApp();
    user = await createUser(t.dataSource, { email: 'km@example.org', role: Role.KM_OFFICER });
  });

  const me = (token: string | null) => t.gql<{ me: { email: string } }>('{ me { email } }', undefined, token);

  it('gives a token for the right password, with which `me` answers', async () => {
    const { login } = dataOf(
      await t.gql<{ login: { token: string; expiresAt: string; user: { email: string; role: string } } }>(
        LOGIN,
        { email: ' KM@example.org ', password: TEST_PASSWORD },
        null,
      ),
    );
    expect(login.user).toEqual({ email: 'km@example.org', role: 'KM_OFFICER' });
    const hours = (Date.parse(login.expiresAt) - Date.now()) / 3_600_000;
    expect(hours).toBeGreaterThan(7.9);
    expect(hours).toBeLessThanOrEqual(8);
    expect(dataOf(await me(login.token)).me.email).toBe('km@example.org');
  });

  it('says only "invalid email or password", whatever was wrong', async () => {
    const inactive = await createUser(t.dataSource, { email: 'gone@example.org', active: false });
    for (const [email, password] of [
      ['km@example.org', 'wrong-password-1'],
      ['nobody@example.org', TEST_PASSWORD],
      [inactive.email, TEST_PASSWORD],
    ]) {
      expectRefused(await t.gql(LOGIN, { email, password }, null), 'UNAUTHENTICATED', /^invalid email or password$/);
    }
  });

  it('refuses an expired token', async () => {
    const expired = t.app.get(JwtService).sign({ sub: user.id }, { expiresIn: -10 });
    expectRefused(await me(expired), 'UNAUTHENTICATED', /token has expired/);
  });

  it('refuses a tampered token and one signed with another secret', async () => {
    const token = t.tokenFor(user);
    const [header, payload, signature] = token.split('.');
    const forged = Buffer.from(
      JSON.stringify({ ...JSON.parse(Buffer.from(payload!, 'base64url').toString()), sub: 1 }),
    ).toString('base64url');
    expectRefused(await me(`${header}.${forged}.${signature}`), 'UNAUTHENTICATED', /token is not valid/);
    const foreign = new JwtService({ secret: 'another-secret-of-at-least-32-characters' }).sign({ sub: user.id });
    expectRefused(await me(foreign), 'UNAUTHENTICATED', /token is not valid/);
    const unsigned = `${Buffer.from('{"alg":"none","typ":"JWT"}').toString('base64url')}.${payload}.`;
    expectRefused(await me(unsigned), 'UNAUTHENTICATED', /token is not valid/);
  });

  it('refuses the tokens of a deactivated user at once', async () => {
    const other = await createUser(t.dataSource, { role: Role.VIEWER });
    const token = t.tokenFor(other);
    expect(dataOf(await me(token)).me.email).toBe(other.email);
    dataOf(await t.gql(`mutation { updateUser(id: "${other.id}", active: false) { active } }`));
    expectRefused(await me(token), 'UNAUTHENTICATED', /no longer valid/);
  });

  it('ends older sessions when the password changes, goes on with the fresh token, and checks the new one', async () => {
    const current = t.tokenFor(user);
    const other = t.tokenFor(user);
    const weak = await t.gql(
      `mutation { changeMyPassword(currentPassword: "${TEST_PASSWORD}", newPassword: "short") { token } }`,
      undefined,
      current,
    );
    expectFieldError(weak, 'newPassword', /at least 10 characters/);
    const wrong = await t.gql(
      'mutation { changeMyPassword(currentPassword: "not-it-2009", newPassword: "Another-pass-2010") { token } }',
      undefined,
      current,
    );
    expectFieldError(wrong, 'currentPassword', /not your current password/);
    expect(dataOf(await me(current)).me.email).toBe('km@example.org');
    const { changeMyPassword } = dataOf(
      await t.gql<{ changeMyPassword: { token: string; user: { email: string } } }>(
        `mutation { changeMyPassword(currentPassword: "${TEST_PASSWORD}", newPassword: "Another-pass-2010") { token user { email } } }`,
        undefined,
        current,
      ),
    );
    expect(changeMyPassword.user.email).toBe('km@example.org');
    expectRefused(await me(current), 'UNAUTHENTICATED', /no longer valid/);
    expectRefused(await me(other), 'UNAUTHENTICATED', /no longer valid/);
    expect(dataOf(await me(changeMyPassword.token)).me.email).toBe('km@example.org');
    expect(dataOf(await t.gql(LOGIN, { email: 'km@example.org', password: 'Another-pass-2010' }, null))).toBeTruthy();
  });

  it('keeps refusing the old tokens of a user deactivated then reactivated', async () => {
    const other = await createUser(t.dataSource, { role: Role.VIEWER });
    const token = t.tokenFor(other);
    dataOf(await t.gql(`mutation { updateUser(id: "${other.id}", active: false) { active } }`));
    dataOf(await t.gql(`mutation { updateUser(id: "${other.id}", active: true) { active } }`));
    expectRefused(await me(token), 'UNAUTHENTICATED', /no longer valid/);
    const login = await t.gql<{ login: { token: string } }>(
      LOGIN,
      { email: other.email, password: TEST_PASSWORD },
      null,
    );
    expect(dataOf(await me(dataOf(login).login.token)).me.email).toBe(other.email);
  });

  it('refuses the old tokens after a change of role or offices, not after a change of name', async () => {
    const office = (await createOffice(t.dataSource)).id;
    const other = await createUser(t.dataSource, { role: Role.VIEWER });
    const renamed = t.tokenFor(other);
    dataOf(await t.gql(`mutation { updateUser(id: "${other.id}", name: "Another name") { name } }`));
    expect(dataOf(await me(renamed)).me.email).toBe(other.email);
    dataOf(
      await t.gql(
        `mutation { updateUser(id: "${other.id}", role: PROGRAMME_OFFICER, officeIds: ["${office}"]) { role } }`,
      ),
    );
    expectRefused(await me(renamed), 'UNAUTHENTICATED', /no longer valid/);
    const [fresh] = (await t.dataSource.query('SELECT credential_version AS ver FROM app_user WHERE id = $1', [
      other.id,
    ])) as { ver: number }[];
    const jwt = t.app.get(JwtService);
    const promoted = jwt.sign({ sub: other.id, ver: fresh!.ver });
    expect(dataOf(await me(promoted)).me.email).toBe(other.email);
    expectRefused(await me(jwt.sign({ sub: other.id })), 'UNAUTHENTICATED', /no longer valid/);
  });

  it('answers a validly signed token whose sub is not a user id with 401, never 500', async () => {
    const jwt = t.app.get(JwtService);
    const subs: unknown[] = [
      'abc',
      '1 OR 1=1',
      '',
      '0',
      '-1',
      '1.5',
      1.5,
      0,
      -3,
      1e300,
      '99999999999',
      null,
      true,
      [1],
      { id: 1 },
    ];
    for (const sub of subs) {
      const token = jwt.sign({ sub, ver: 1 } as object);
      expect({ sub, code: (await me(token)).errors?.[0]?.extensions?.code }).toEqual({ sub, code: 'UNAUTHENTICATED' });
      const rest = await request(t.app.getHttpServer())
        .get('/exports/tracking-table')
        .set('authorization', `Bearer ${token}`);
      expect({ sub, status: rest.status }).toEqual({ sub, status: 401 });
    }
    expectRefused(await me(jwt.sign({ ver: 1 })), 'UNAUTHENTICATED', /no longer valid/);
  });

  it('asks for a token, in the right form', async () => {
    expectRefused(await me(null), 'UNAUTHENTICATED', /sign in first/);
    expectRefused(await me('not-a-jwt'), 'UNAUTHENTICATED', /token is not valid/);
  });
});
