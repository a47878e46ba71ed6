import type { DataSource } from 'typeorm';
import { hashPassword } from '#src/platform/auth/password.util.js';
import { Role } from '#src/platform/auth/role.enum.js';
import { UserEntity } from '#src/platform/user/user.entity.js';

export const TEST_PASSWORD = 'Test-password-2009';

let testHash: Promise<string> | undefined;

/** A user with TEST_PASSWORD (hashed once per test file: argon2id is slow on purpose). */
export async function createUser(dataSource: DataSource, overrides: Partial<UserEntity> = {}): Promise<UserEntity> {
  testHash ??= hashPassword(TEST_PASSWORD);
  const role = overrides.role ?? Role.ADMIN;
  return dataSource.getRepository(UserEntity).save({
    email: `${role.toLowerCase()}-${Math.random().toString(36).slice(2, 8)}@example.org`,
    name: `Test ${role}`,
    role,
    officeIds: [],
    active: true,
    passwordHash: await testHash,
    ...overrides,
  });
}
