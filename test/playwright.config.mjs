// The browser tests (npm run test:browser): the scenarios in test/e2e/, in the order of their
// numbers, one after another against ONE app (started by global-setup on a fresh embedded database
// with the demo data), because the report cycle changes data that later scenarios read.
import { defineConfig } from '@playwright/test';
import { chooseBrowser } from './e2e/support/launcher.mjs';

// Computed here, in the runner and in its worker alike; global-setup prints which one it is. With
// an explicit executable, Playwright never looks for (or downloads) a browser of its own.
const browser = await chooseBrowser();

export default defineConfig({
  testDir: './e2e',
  testMatch: /\d\d-.*\.spec\.mjs$/,
  outputDir: './artifacts/results',
  globalSetup: './e2e/support/global-setup.mjs',
  workers: 1,
  fullyParallel: false,
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
