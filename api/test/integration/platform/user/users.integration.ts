import { beforeAll, describe, expect, it } from '@jest/globals';
import { createRegion } from '#test/factories/office.factory.js';
import { dataOf, expectFieldError } from '#test/utils/expect-graphql.js';
import { tableCounts } from '#test/utils/table-counts.js';
import { sharedTestApp, type TestApp } from '#test/utils/test-app.js';

describe('user accounts (administrators only)', () => {
  let t: TestApp;
  let office: number;

  beforeAll(async () => {
    t = await sharedTestApp();
    office = (await createRegion(t.dataSource)).dhaka.id;
  });

  const create = (fields: string) =>
    t.gql<{ createUser: { id: string; email: string } }>(
      `mutation { createUser(${fields}) { id email role officeIds } }`,
    );

  it('creates a programme officer for an office, storing the email in lower case and no password', async () => {
    const { createUser } = dataOf(
      await create(
        `email: "Dhaka.PO@Example.org", name: "PO", password: "Bangladesh-2009", role: PROGRAMME_OFFICER, officeIds: ["${office}"]`,
      ),
    );
    expect(createUser).toEqual({
      id: expect.any(String),
      email: 'dhaka.po@example.org',
      role: 'PROGRAMME_OFFICER',
      officeIds: [String(office)],
    });
    const [row] = (await t.dataSource.query('SELECT password_hash FROM app_user WHERE id = $1', [createUser.id])) as {
      password_hash: string;
    }[];
    expect(row!.password_hash).toMatch(/^\$argon2id\$/);
  });

  it('refuses weak passwords, duplicate emails, bad addresses and officeless officers, writing nothing', async () => {
    const before = await tableCounts(t.dataSource);
    expectFieldError(
      await create('email: "a@example.org", name: "A", password: "onlylettershere", role: VIEWER'),
      'password',
      /mix letters/,
    );
    expectFieldError(
      await create('email: "dhaka.po@example.org", name: "A", password: "Another-pass-1", role: VIEWER'),
      'email',
      /already has an account/,
      'CONFLICT',
    );
    expectFieldError(
      await create('email: "not an email", name: "A", password: "Another-pass-1", role: VIEWER'),
      'email',
      /email address/,
    );
    expectFieldError(
      await create('email: "b@example.org", name: "B", password: "Another-pass-1", role: PROGRAMME_OFFICER'),
      'officeIds',
      /needs at least one office/,
    );
    expectFieldError(
      await create(
        'email: "c@example.org", name: "C", password: "Another-pass-1", role: KM_OFFICER, officeIds: ["999"]',
      ),
      'officeIds',
      /does not exist/,
    );
    expect(await tableCounts(t.dataSource)).toEqual(before);
  });

  it('keeps the last active administrator, and refuses to delete oneself', async () => {
    const { me } = dataOf(await t.gql<{ me: { id: string } }>('{ me { id } }'));
    expectFieldError(
      await t.gql(`mutation { deleteUser(id: "${me.id}") { id } }`),
      'id',
      /your own account/,
      'CONFLICT',
    );
    expectFieldError(
      await t.gql(`mutation { updateUser(id: "${me.id}", role: VIEWER) { id } }`),
      'role',
      /last active administrator/,
      'CONFLICT',
    );
  });

  it('refuses to delete an office that users work for', async () => {
    expectFieldError(
      await t.gql(`mutation { deleteOffice(id: "${office}") { id } }`),
      'id',
      /1 users work for this office/,
      'CONFLICT',
    );
  });

  it('never exposes a password hash in the schema', async () => {
    const response = await t.gql<{ __type: { fields: { name: string }[] } }>(
      '{ __type(name: "User") { fields { name } } }',
    );
    expect(dataOf(response).__type.fields.map((field) => field.name)).not.toContain('passwordHash');
  });
});
