// Launches Debian's chromium through playwright-core and records each scenario's checks.
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { ROOT } from '../support/app-process.mjs';

export const CHROMIUM = '/usr/bin/chromium';
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'];

/** Screenshots of each step, kept as CI artifacts and never committed (.gitignore). */
export const ARTIFACTS = join(ROOT, 'test', 'artifacts');

export const browserAvailable = () => existsSync(CHROMIUM);

/** A fresh browser profile (no stored token or language) for one user's session. */
export async function openBrowser() {
  const profileDir = mkdtempSync(join(tmpdir(), 'roap-chromium-'));
  const context = await chromium.launchPersistentContext(profileDir, {
    executablePath: CHROMIUM,
    headless: true,
    args: ARGS,
    viewport: { width: 1440, height: 1000 },
  });
  const errors = [];
  context.on('page', (page) => watch(page, errors));
  context.pages().forEach((page) => watch(page, errors));
  const page = context.pages()[0] ?? (await context.newPage());
  return {
    page,
    /** Errors the pages logged: a test fails on any it does not expect. */
    errors,
    async close() {
      await context.close().catch(() => {});
      rmSync(profileDir, { recursive: true, force: true });
    },
  };
}

function watch(page, errors) {
  page.on('pageerror', (error) => errors.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console error: ${message.text()}`);
  });
}

/** Counts passing checks; the first failing one throws with its message. */
export class Checks {
  passed = 0;
  constructor(scenario) {
    this.scenario = scenario;
  }
  ok(condition, message) {
    if (!condition) throw new Error(`${this.scenario}: ${message}`);
    this.passed += 1;
    console.log(`  ok - ${this.scenario}: ${message}`);
  }
}

/** The whole page by default; `{ fullPage: false }` for what fits the window (the README's pictures). */
export async function screenshot(page, name, { fullPage = true } = {}) {
  mkdirSync(ARTIFACTS, { recursive: true });
  await page.screenshot({ path: join(ARTIFACTS, `${name}.png`), fullPage });
}
