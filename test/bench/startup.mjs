// How long `npm start` takes to be ready on the embedded database with the demo data: the first
// start on an empty data directory (migrations, demo data) and a restart on the same one.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { benchEnv, startApi, stopApi } from './bench-process.mjs';

async function timedStart(env) {
  const api = startApi(env);
  try {
    return (await api.ready).readyMs;
  } finally {
    await stopApi(api);
  }
}

export async function startupTimes() {
  const dataDir = mkdtempSync(join(tmpdir(), 'roap-bench-start-'));
  try {
    const env = await benchEnv({ ...process.env, DATA_DIR: dataDir });
    delete env.DATABASE_URL;
    // `npm start` as a newcomer runs it: development defaults, demo data loaded.
    env.NODE_ENV = 'development';
    delete env.JWT_SECRET;
    delete env.LOAD_DEMO_DATA;
    const first = await timedStart(env);
    const again = await timedStart(env);
    const row = (name, ms) => ({ name, p50: ms, p95: ms, count: 1, errors: 0 });
    return [
      row('(g) start, embedded, empty data directory (demo data loaded)', first),
      row('(g) restart, embedded, demo data', again),
    ];
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}
