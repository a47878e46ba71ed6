import 'reflect-metadata';
import { parseArgs } from 'node:util';
import { isEmail } from 'class-validator';
import { DataSource } from 'typeorm';
import { hashPassword, passwordProblem } from '#src/platform/auth/password.util.js';
import { Role } from '#src/platform/auth/role.enum.js';
import { validateEnvironment } from '#src/platform/config/env.validation.js';
import { EmbeddedDatabase } from '#src/platform/database/embedded-database.js';
import { ENTITIES } from '#src/entities.js';
import { typeOrmOptions } from '#src/platform/database/typeorm-options.js';
import { UserEntity } from '#src/platform/user/user.entity.js';

const USAGE = `Creates an administrator, the first account of a production database (no demo data there).

  ADMIN_PASSWORD='…' npm run user:create-admin -- --email someone@ilo.org --name "Full Name"

The password comes from the ADMIN_PASSWORD environment variable, so that it stays out of the
shell history and the process list. Uses DATABASE_URL, or the embedded database under DATA_DIR.`;

/** Why the command cannot go on, said plainly with the usage. */
class CommandError extends Error {}

async function createAdmin(): Promise<void> {
  const { values } = parseArgs({ options: { email: { type: 'string' }, name: { type: 'string' } } });
  const email = values.email?.trim().toLowerCase();
  const name = values.name?.trim();
  const password = process.env.ADMIN_PASSWORD ?? '';
  if (!email || !isEmail(email)) throw new CommandError('--email: must be an email address');
  if (!name) throw new CommandError('--name: must not be empty');
  const weakness = passwordProblem(password, email);
  if (weakness) throw new CommandError(`ADMIN_PASSWORD: ${weakness}`);

  const env = validateEnvironment(process.env);
  const embedded = env.DATABASE_URL ? undefined : await EmbeddedDatabase.start(env.DATA_DIR, 'user:create-admin');
  const dataSource = new DataSource(
    typeOrmOptions({ url: env.DATABASE_URL ?? embedded!.url, poolSize: 1, entities: ENTITIES }),
  );
  try {
    await dataSource.initialize();
    if (await dataSource.showMigrations()) {
      throw new CommandError('the database schema is not current: run the migrations first (npm run db:migrate)');
    }
    const users = dataSource.getRepository(UserEntity);
    if (await users.existsBy({ email })) throw new CommandError(`--email: ${email} already has an account`);
    const user = await users.save({
      email,
      name,
      role: Role.ADMIN,
      officeIds: [],
      active: true,
      passwordHash: await hashPassword(password),
    });
    console.log(`Created administrator ${user.email} (id ${user.id}); sign in at the app's address.`);
  } finally {
    if (dataSource.isInitialized) await dataSource.destroy();
    await embedded?.stop();
  }
}

try {
  await createAdmin();
} catch (error) {
  console.error(error instanceof CommandError ? `Error: ${error.message}\n\n${USAGE}` : error);
  process.exitCode = 1;
}
