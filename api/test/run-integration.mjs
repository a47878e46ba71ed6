import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

// npm run test:integration: every suite on the PostgreSQL server of DATABASE_URL (or on PGlite when
// it is unset); then, when a server was used, the suite of what differs on the embedded database
// (files tagged `// @embedded: ...`) on PGlite, so that both databases are covered and nothing runs twice.
// Arguments go to Jest (`npm run test:integration -- -t "audit"`).
const api = fileURLToPath(new URL('..', import.meta.url));
const jest = (env) =>
  spawnSync(
    process.execPath,
    [
      '--experimental-vm-modules',
      '--no-warnings=ExperimentalWarning',
      '../node_modules/jest/bin/jest.js',
      '-c',
      'jest.integration.config.js',
      ...process.argv.slice(2),
    ],
    { cwd: api, stdio: 'inherit', env: { ...process.env, ...env } },
  ).status ?? 1;

// INTEGRATION_SUBSET=embedded runs only the embedded suite.
let status = jest({});
if (status === 0 && process.env.DATABASE_URL && !process.env.INTEGRATION_SUBSET) {
  console.log('\nThe embedded-database suite (PGlite), after the server run:');
  status = jest({ INTEGRATION_SUBSET: 'embedded' });
}
process.exit(status);
