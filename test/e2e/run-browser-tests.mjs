// Browser tests of the interface served by `npm start` on a fresh embedded database with the
// demo data: one app for all scenarios, a fresh browser profile for each user.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { recordTotals } from '../reporting/totals-reporter.mjs';
import { embeddedEnv, killApp, startApp, stopApp } from '../support/app-process.mjs';
import { browserAvailable, CHROMIUM, Checks } from './browser.mjs';
import { kmUpdate } from './scenarios/km-update.mjs';
import { languages } from './scenarios/languages.mjs';
import { offlineTemplate } from './scenarios/offline-template.mjs';
import { reportCycle } from './scenarios/report-cycle.mjs';
import { signIn } from './scenarios/sign-in.mjs';

// In order: the report cycle changes the data the later scenarios read.
const SCENARIOS = [
  ['sign-in', signIn],
  ['report cycle', reportCycle],
  ['offline template', offlineTemplate],
  ['km update', kmUpdate],
  ['languages', languages],
];

if (!browserAvailable()) {
  console.error(`No browser at ${CHROMIUM}: install Debian's chromium (apt-get install -y chromium), as .ci/run does.`);
  recordTotals('browser', 0, 1);
  process.exit(1);
}

const dataDir = mkdtempSync(join(tmpdir(), 'roap-e2e-'));
let app;
let passed = 0;
let failed = 0;
try {
  console.log('Browser tests of the admin interface');
  app = startApp(await embeddedEnv(dataDir));
  const url = await app.ready;
  // E2E_ONLY="report cycle,offline template" runs some scenarios while working on them; CI runs them all.
  const only = process.env.E2E_ONLY?.split(',').map((name) => name.trim());
  const chosen = SCENARIOS.filter(([name]) => !only || only.includes(name));
  for (const [name, scenario] of chosen) {
    const check = new Checks(name);
    try {
      await scenario(url, check);
    } catch (error) {
      failed += 1;
      console.error(`  FAILED - ${error.message}`);
    }
    passed += check.passed;
  }
  await stopApp(app);
  app = undefined;
} catch (error) {
  failed += 1;
  console.error(`Browser tests could not run: ${error.message}`);
  if (app) killApp(app);
} finally {
  rmSync(dataDir, { recursive: true, force: true });
}
recordTotals('browser', passed, failed);
process.exitCode = failed > 0 ? 1 : 0;
