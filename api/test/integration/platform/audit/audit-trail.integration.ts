// @embedded: the audit log's triggers and their refusals (UPDATE, DELETE, TRUNCATE) are PostgreSQL code that PGlite must run the same.
import { beforeAll, describe, expect, it } from '@jest/globals';
import { Role } from '#src/platform/auth/role.enum.js';
import { createFramework } from '#test/factories/framework.factory.js';
import { createRegion } from '#test/factories/office.factory.js';
import { createPeriod } from '#test/factories/period.factory.js';
import { dataOf, expectFieldError } from '#test/utils/expect-graphql.js';
import { schemaOperations } from '#test/utils/schema-operations.js';
import { sharedTestApp, type TestApp } from '#test/utils/test-app.js';

interface Entry {
  action: string;
  userEmail: string | null;
  changes: { field: string; before: string | null; after: string | null }[];
}

const TRAIL = `query ($type: String!, $id: ID!) { auditTrail(entityType: $type, entityId: $id) { action userEmail changes { field before after } } }`;

describe('audit trail', () => {
  let t: TestApp;
  let frameworkId: number;
  let offices: Awaited<ReturnType<typeof createRegion>>;

  beforeAll(async () => {
    t = await sharedTestApp();
    offices = await createRegion(t.dataSource);
    frameworkId = (await createFramework(t.dataSource)).id;
  });

  const trail = async (type: string, id: string | number) =>
    dataOf(await t.gql<{ auditTrail: Entry[] }>(TRAIL, { type, id: String(id) })).auditTrail;
  const changesOf = (entry: Entry) => Object.fromEntries(entry.changes.map((c) => [c.field, [c.before, c.after]]));

  it('records who created, updated and deleted a record, with every changed field before and after', async () => {
    const { createOutcome } = dataOf(
      await t.gql<{ createOutcome: { id: string } }>(
        `mutation { createOutcome(frameworkId: "${frameworkId}", number: 4, title: "Dissemination") { id } }`,
      ),
    );
    dataOf(
      await t.gql(
        `mutation { updateOutcome(id: "${createOutcome.id}", title: "Dissemination is strengthened") { id } }`,
      ),
    );
    dataOf(await t.gql(`mutation { deleteOutcome(id: "${createOutcome.id}") { id } }`));
    const [created, updated, deleted] = await trail('Outcome', createOutcome.id);
    expect([created!.action, updated!.action, deleted!.action]).toEqual(['CREATE', 'UPDATE', 'DELETE']);
    expect(created!.userEmail).toBe('test-admin@example.org');
    expect(changesOf(created!)).toMatchObject({
      number: [null, '4'],
      title: [null, '"Dissemination"'],
      frameworkId: [null, String(frameworkId)],
    });
    expect(changesOf(updated!)).toEqual({ title: ['"Dissemination"', '"Dissemination is strengthened"'] });
    expect(changesOf(deleted!)).toMatchObject({ title: ['"Dissemination is strengthened"', null] });
  });

  it('records workflow steps such as closing a period', async () => {
    const period = await createPeriod(t.dataSource, '2009-Q2');
    dataOf(await t.gql(`mutation { closeReportingPeriod(id: "${period.id}") { id } }`));
    const closed = (await trail('ReportingPeriod', period.id)).at(-1);
    expect(closed).toMatchObject({
      action: 'CLOSE',
      changes: [{ field: 'status', before: '"OPEN"', after: '"CLOSED"' }],
    });
  });

  it('writes nothing for a refused change', async () => {
    const before = await t.dataSource.query('SELECT count(*) AS n FROM audit_entry');
    expectFieldError(
      await t.gql(`mutation { updateResultsFramework(id: "${frameworkId}", endDate: "2000-01-01") { id } }`),
      'endDate',
      /before startDate/,
    );
    expect(await t.dataSource.query('SELECT count(*) AS n FROM audit_entry')).toEqual(before);
  });

  it('says that a password changed without keeping it', async () => {
    const { region } = offices;
    const { createUser } = dataOf(
      await t.gql<{ createUser: { id: string } }>(
        `mutation { createUser(email: "po@example.org", name: "PO", password: "Dhaka-office-2009", role: PROGRAMME_OFFICER, officeIds: ["${region.id}"]) { id } }`,
      ),
    );
    dataOf(await t.gql(`mutation { updateUser(id: "${createUser.id}", password: "Another-pass-2010") { id } }`));
    const [created, changed] = await trail('User', createUser.id);
    expect(changesOf(created!).passwordHash).toEqual([null, '"[redacted]"']);
    expect(changesOf(changed!).passwordHash).toEqual(['"[redacted]"', '"[redacted]"']);
    const stored = JSON.stringify(await t.dataSource.query('SELECT changes FROM audit_entry'));
    expect(stored).not.toMatch(/argon2/);
  });

  it('cannot be changed or deleted, through the API or in the database', async () => {
    expect(
      schemaOperations(t.app).filter((operation) => operation.kind === 'mutation' && /audit/i.test(operation.name)),
    ).toEqual([]);
    await expect(t.dataSource.query("UPDATE audit_entry SET action = 'NOTHING'")).rejects.toThrow(
      /cannot be changed or deleted/,
    );
    await expect(t.dataSource.query('DELETE FROM audit_entry')).rejects.toThrow(/cannot be changed or deleted/);
    await expect(t.dataSource.query('TRUNCATE audit_entry')).rejects.toThrow(/cannot be changed or deleted/);
  });

  it("keeps a deleted record's history readable by whoever could read the record, and only by them", async () => {
    const { region, dhaka, yangon } = offices;
    const { createCountryProgramme } = dataOf(
      await t.gql<{ createCountryProgramme: { id: string } }>(
        `mutation { createCountryProgramme(officeId: "${dhaka.id}", countryCode: "BGD", title: "Bangladesh DWCP", startYear: 2008, endYear: 2010) { id } }`,
      ),
    );
    dataOf(await t.gql(`mutation { deleteCountryProgramme(id: "${createCountryProgramme.id}") { id } }`));
    const dhakaPo = (await t.signedIn(Role.PROGRAMME_OFFICER, [dhaka.id])).token;
    const manager = (await t.signedIn(Role.REGIONAL_MANAGER, [region.id])).token;
    for (const token of [dhakaPo, manager]) {
      const entries = dataOf(
        await t.gql<{ auditTrail: Entry[] }>(TRAIL, { type: 'CountryProgramme', id: createCountryProgramme.id }, token),
      ).auditTrail;
      expect(entries.map((entry) => entry.action)).toEqual(['CREATE', 'DELETE']);
    }
    const yangonPo = (await t.signedIn(Role.PROGRAMME_OFFICER, [yangon.id])).token;
    const outOfReach = await t.gql(TRAIL, { type: 'CountryProgramme', id: createCountryProgramme.id }, yangonPo);
    const neverExisted = await t.gql(TRAIL, { type: 'CountryProgramme', id: '999999' }, yangonPo);
    expectFieldError(outOfReach, 'entityId', /no CountryProgramme with id/);
    expect(outOfReach.errors![0]!.message.replace(/\d+/g, 'N')).toBe(
      neverExisted.errors![0]!.message.replace(/\d+/g, 'N'),
    );
  });

  it('shows the history only to those who may read the record', async () => {
    const { token } = await t.signedIn(Role.VIEWER);
    const response = await t.gql(TRAIL, { type: 'ResultsFramework', id: String(frameworkId) }, token);
    expect(response.errors![0]!.extensions!.code).toBe('FORBIDDEN');
    expectFieldError(await t.gql(TRAIL, { type: 'Nothing', id: '1' }), 'entityType', /must be one of/);
  });
});
