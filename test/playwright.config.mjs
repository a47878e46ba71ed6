// The browser tests (npm run test:browser): against ONE app (started by global-setup on a fresh
// embedded database with the demo data). The scenarios 01-04 run in the order of their numbers,
// one after another, because the report cycle changes data that later scenarios read; the
// languages scenario (05), which only reads pages, runs beside them in a second worker.
import { defineConfig } from '@playwright/test';
import { chooseBrowser } from './e2e/support/launcher.mjs';

// Computed here, in the runner and in its worker alike; global-setup prints which one it is. With
// an explicit executable, Playwright never looks for (or downloads) a browser of its own.
const browser = await chooseBrowser();

export default defineConfig({
  testDir: './e2e',
  outputDir: './artifacts/results',
  globalSetup: './e2e/support/global-setup.mjs',
  workers: 2,
  fullyParallel: false,
  projects: [
    { name: 'scenarios', testMatch: /0[1-46]-.*\.spec\.mjs$/, workers: 1 },
    { name: 'languages', testMatch: /05-languages\.spec\.mjs$/, workers: 1 },
  ],
  retries: 0,
  forbidOnly: Boolean(process.env.CI),
  timeout: 90_000,
  globalTimeout: 30 * 60_000, // a safety net against a hung run; a busy 2-CPU machine takes about 12 minutes
  expect: { timeout: 15_000 },
  reporter: [
    ['list', { printSteps: true }],
    ['./reporting/playwright-totals.mjs', { suite: 'browser' }],
  ],
  use: {
    browserName: 'chromium',
    headless: true,
    launchOptions: { executablePath: browser.executablePath, args: browser.args, env: browser.env },
    viewport: { width: 1440, height: 1000 },
    actionTimeout: 15_000,
    navigationTimeout: 30_000,
    // A failure leaves its screenshot and the page's accessibility tree in artifacts/results/.
    // Traces cost a quarter of the run: `npm run test:browser -- --trace retain-on-failure` records them.
    screenshot: 'only-on-failure',
    trace: 'off',
  },
});
