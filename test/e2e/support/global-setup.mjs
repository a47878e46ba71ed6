// Once for the whole run: `npm start` on a fresh embedded database with the demo data, as a user
// would start it. The tests read its address from E2E_BASE_URL; the returned function stops it
// with SIGTERM and fails the run if the app logged an error.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { embeddedEnv, killApp, startApp, stopApp } from '../../support/app-process.mjs';
import { chooseBrowser, describeBrowser } from './launcher.mjs';

/** SIGKILL to npm and the API, when they are still there. */
function kill(app) {
  try {
    killApp(app);
  } catch {
    // Already gone.
  }
}

export default async function globalSetup() {
  console.log(`Browser: ${describeBrowser(await chooseBrowser())}`);
  const startedAt = Date.now();
  const dataDir = mkdtempSync(join(tmpdir(), 'roap-e2e-'));
  const app = startApp(await embeddedEnv(dataDir));
  try {
    process.env.E2E_BASE_URL = await app.ready;
  } catch (error) {
    kill(app);
    rmSync(dataDir, { recursive: true, force: true });
    throw error;
  }
  const seconds = ((Date.now() - startedAt) / 1000).toFixed(1);
  console.log(`App ready at ${process.env.E2E_BASE_URL} after ${seconds} s (npm start, fresh database, demo data)`);

  return async () => {
    try {
      await stopApp(app);
    } catch (error) {
      kill(app);
      throw error;
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  };
}
