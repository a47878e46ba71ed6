// Browser test of the react-admin interface served by `npm start`: a wrong password is refused,
// the demo administrator signs in and sees the indicators and offices of the demo data.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { recordTotals } from '../reporting/totals-reporter.mjs';
import { embeddedEnv, killApp, startApp, stopApp } from '../support/app-process.mjs';

const CHROMIUM = '/usr/bin/chromium';
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'];

let passed = 0;
function check(condition, message) {
  if (!condition) throw new Error(message);
  passed += 1;
  console.log(`  ok - ${message}`);
}

if (!existsSync(CHROMIUM)) {
  console.error(`No browser at ${CHROMIUM}: install Debian's chromium (apt-get install -y chromium), as .ci/run does.`);
  recordTotals('browser', 0, 1);
  process.exit(1);
}

const dataDir = mkdtempSync(join(tmpdir(), 'roap-e2e-'));
const profileDir = mkdtempSync(join(tmpdir(), 'roap-chromium-'));
let app;
let context;
try {
  console.log('Browser test of the admin interface');
  app = startApp(await embeddedEnv(dataDir));
  const url = await app.ready;
  context = await chromium.launchPersistentContext(profileDir, {
    executablePath: CHROMIUM,
    headless: true,
    args: ARGS,
  });
  const page = await context.newPage();
  await page.goto(`${url}/`);

  await page.locator('input[name="username"]').fill('admin@example.org');
  await page.locator('input[name="password"]').fill('not-the-password-1');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByText('invalid email or password').waitFor({ timeout: 15_000 });
  check(true, 'refuses a wrong password with the API’s message');

  await page.locator('input[name="password"]').fill('Decent-work-2009');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByText('Progress made on eight different dimensions', { exact: false }).waitFor({ timeout: 20_000 });
  check(true, 'signs the demo administrator in and opens the indicators');
  check(await page.getByText('1-10 of 16').isVisible(), 'pages through the 16 indicators of the strategy');

  await page.getByRole('menuitem', { name: 'Offices' }).click();
  await page.getByText('ILO Country Office for Bangladesh, Dhaka').waitFor({ timeout: 15_000 });
  check(true, 'lists the offices, Dhaka among them');
  await page.screenshot({ path: join(tmpdir(), 'roap-offices.png') });
  await context.close();
  context = undefined;
  await stopApp(app);
  app = undefined;
  recordTotals('browser', passed, 0);
} catch (error) {
  console.error(`Browser test failed: ${error.message}`);
  await context?.close().catch(() => {});
  if (app) killApp(app);
  recordTotals('browser', passed, 1);
  process.exitCode = 1;
} finally {
  rmSync(dataDir, { recursive: true, force: true });
  rmSync(profileDir, { recursive: true, force: true });
}
