import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { validateEnvironment } from '#src/platform/config/env.validation.js';
import { EmbeddedDatabase } from '#src/platform/database/embedded-database.js';
import { typeOrmOptions } from '#src/platform/database/typeorm-options.js';

// `npm run db:migrate`: applies pending migrations to DATABASE_URL, or to the embedded
// database under DATA_DIR when it is unset.
const env = validateEnvironment(process.env);
const embedded = env.DATABASE_URL ? undefined : await EmbeddedDatabase.start(env.DATA_DIR, 'npm run db:migrate');
const dataSource = new DataSource(typeOrmOptions({ url: env.DATABASE_URL ?? embedded!.url, poolSize: 1 }));
try {
  await dataSource.initialize();
  const applied = await dataSource.runMigrations({ transaction: 'each' });
  console.log(applied.length ? `Applied ${applied.map((m) => m.name).join(', ')}` : 'Schema is up to date');
} finally {
  await dataSource.destroy();
  await embedded?.stop();
}
