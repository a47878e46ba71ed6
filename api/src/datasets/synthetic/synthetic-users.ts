import type { EntityManager } from 'typeorm';
import { hashPassword } from '#src/platform/auth/password.util.js';
import { Role } from '#src/platform/auth/role.enum.js';
import { bulkInsert, syncSequence } from '#src/datasets/synthetic/bulk-insert.js';
import type { SyntheticOffice } from '#src/datasets/synthetic/synthetic-organization.js';

/** Every synthetic user's password (benchmark data only, never a real deployment). */
export const SYNTHETIC_PASSWORD = 'Bench-password-2009';

export const SYNTHETIC_ADMIN_EMAIL = 'bench-admin@example.org';
export const SYNTHETIC_MANAGER_EMAIL = 'bench-manager@example.org';

/** The programme officer of an office: po-co-12@example.org. */
export const officerEmail = (officeCode: string): string => `po-${officeCode.toLowerCase()}@example.org`;

export interface SyntheticUsers {
  count: number;
  managerId: number;
  /** The programme officer of each office with a programme, by office id. */
  officerByOffice: Map<number, number>;
}

/**
 * An administrator and a regional manager at HQ, and a programme officer for each office with a
 * programme. One argon2 hash serves them all: hashing is slow on purpose.
 */
export async function insertUsers(
  manager: EntityManager,
  hq: SyntheticOffice,
  programmeOffices: SyntheticOffice[],
): Promise<SyntheticUsers> {
  const passwordHash = await hashPassword(SYNTHETIC_PASSWORD);
  // After any user already there (the tests' administrator), so that ids stay explicit.
  const [{ last }] = (await manager.query('SELECT COALESCE(max(id), 0) AS last FROM app_user')) as { last: number }[];
  const rows: [number, string, string, Role, string][] = [
    [last + 1, SYNTHETIC_ADMIN_EMAIL, 'Benchmark administrator', Role.ADMIN, `{${hq.id}}`],
    [last + 2, SYNTHETIC_MANAGER_EMAIL, 'Benchmark regional manager, HQ', Role.REGIONAL_MANAGER, `{${hq.id}}`],
  ];
  const officerByOffice = new Map<number, number>();
  for (const office of programmeOffices) {
    const id = last + rows.length + 1;
    officerByOffice.set(office.id, id);
    rows.push([
      id,
      officerEmail(office.code),
      `Programme officer, ${office.code}`,
      Role.PROGRAMME_OFFICER,
      `{${office.id}}`,
    ]);
  }
  await bulkInsert(
    manager,
    'app_user',
    [
      { name: 'id', arrayType: 'int[]' },
      { name: 'email', arrayType: 'text[]' },
      { name: 'name', arrayType: 'text[]' },
      { name: 'role', arrayType: 'user_role[]' },
      { name: 'office_ids', arrayType: 'text[]', cast: 'int[]' },
      { name: 'password_hash', arrayType: 'text[]' },
    ],
    rows.map((row) => [...row, passwordHash]),
  );
  await syncSequence(manager, 'app_user');
  return { count: rows.length, managerId: last + 2, officerByOffice };
}
