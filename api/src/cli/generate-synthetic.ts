import 'reflect-metadata';
import { parseArgs } from 'node:util';
import { DataSource } from 'typeorm';
import { validateEnvironment } from '#src/platform/config/env.validation.js';
import { EmbeddedDatabase } from '#src/platform/database/embedded-database.js';
import { generateSyntheticData } from '#src/datasets/synthetic/synthetic-generator.js';
import { SYNTHETIC_SCALES, type SyntheticScaleName } from '#src/datasets/synthetic/synthetic-scale.js';
import {
  SYNTHETIC_ADMIN_EMAIL,
  SYNTHETIC_MANAGER_EMAIL,
  SYNTHETIC_PASSWORD,
} from '#src/datasets/synthetic/synthetic-users.js';
import { ENTITIES } from '#src/entities.js';
import { typeOrmOptions } from '#src/platform/database/typeorm-options.js';

// `npm run db:synthetic -- --scale small --seed 42`: fills an empty database (DATABASE_URL,
// or the embedded one under DATA_DIR) with a synthetic organization.
const { values } = parseArgs({
  options: { scale: { type: 'string', default: 'small' }, seed: { type: 'string', default: '2009' } },
});
const scale = SYNTHETIC_SCALES[values.scale as SyntheticScaleName];
if (!scale) throw new Error(`--scale must be one of ${Object.keys(SYNTHETIC_SCALES).join(', ')}`);
const env = validateEnvironment(process.env);
const embedded = env.DATABASE_URL ? undefined : await EmbeddedDatabase.start(env.DATA_DIR, 'npm run db:synthetic');
const dataSource = new DataSource(
  typeOrmOptions({ url: env.DATABASE_URL ?? embedded!.url, poolSize: 1, entities: ENTITIES }),
);
try {
  await dataSource.initialize();
  await dataSource.runMigrations({ transaction: 'each' });
  const started = Date.now();
  const summary = await generateSyntheticData(dataSource, scale, Number(values.seed));
  console.log(`Generated ${JSON.stringify(summary)} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  console.log(
    `Sign in as ${SYNTHETIC_ADMIN_EMAIL}, ${SYNTHETIC_MANAGER_EMAIL} or po-<office code>@example.org with ${SYNTHETIC_PASSWORD}`,
  );
} finally {
  await dataSource.destroy();
  await embedded?.stop();
}
