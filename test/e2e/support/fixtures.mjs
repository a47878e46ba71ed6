// What every browser test gets: the address of the app that global-setup started, and sessions:
// each user in a fresh browser context (no stored token or language) of the one browser the run
// launched. A test fails on any page error or console error its sessions did not expect.
/* global document, requestIdleCallback -- in the page */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { test as base, expect } from '@playwright/test';
import { ROOT } from '../../support/app-process.mjs';
import { LoginPage } from '../../pom/login-page.mjs';
import { DEMO_USERS } from '../../requests/graphql.mjs';

export { expect };

/** Screenshots of each step, kept as CI artifacts and never committed (.gitignore). */
export const ARTIFACTS = join(ROOT, 'test', 'artifacts');

/** The whole page by default; `{ fullPage: false }` for what fits the window (the README's pictures). */
export async function screenshot(page, name, { fullPage = true } = {}) {
  mkdirSync(ARTIFACTS, { recursive: true });
  await page.screenshot({ path: join(ARTIFACTS, `${name}.png`), fullPage });
}

// A request ended this long ago, and no indeterminate progress indicator (react-admin's loader
// included) is on the page: the page shows what it loaded.
const QUIET_MS = 150;
const SPINNERS = '[role="progressbar"]:not([aria-valuenow])';

/** A user's browser context: its page, and the errors its pages logged. */
class Session {
  errors = [];
  constructor(name, context, page, expectedErrors) {
    this.name = name;
    this.context = context;
    this.page = page;
    this.expectedErrors = expectedErrors;
    context.on('weberror', (error) => this.errors.push(`page error: ${error.error().message}`));
    context.on('console', (message) => {
      if (message.type() === 'error') this.errors.push(`console error: ${message.text()}`);
    });
    this.inFlight = new Set();
    this.lastRequestAt = Date.now();
    const settle = (request) => {
      this.inFlight.delete(request);
      this.lastRequestAt = Date.now();
    };
    context.on('request', (request) => this.inFlight.add(request));
    context.on('requestfinished', settle);
    context.on('requestfailed', settle);
  }

  /** Milliseconds since the page last had a request in flight (0 while one is). */
  quietFor() {
    return this.inFlight.size > 0 ? 0 : Date.now() - this.lastRequestAt;
  }

  /** Opens `path` (such as "#/Office") and waits until the page has loaded what it shows. */
  async visit(url, path) {
    this.lastRequestAt = Date.now();
    await this.page.goto(`${url}/${path}`);
    await expect(this.page.locator('#main-content')).toBeVisible();
    await this.settled();
  }

  /**
   * Settled: twice in a row, the page's main thread is idle (React has rendered and sent its
   * queries), no request has been in flight for QUIET_MS, and no loader spins.
   */
  async settled() {
    let calm = 0;
    await expect
      .poll(
        async () => {
          const idle = await this.page.evaluate(
            (selector) =>
              new Promise((resolve) =>
                requestIdleCallback(() => resolve(!document.querySelector(selector)), { timeout: 1_000 }),
              ),
            SPINNERS,
          );
          calm = idle && this.quietFor() >= QUIET_MS ? calm + 1 : 0;
          return calm;
        },
        { intervals: [50], message: `${this.name}'s page settles: no request in flight, no loader` },
      )
      .toBeGreaterThanOrEqual(2);
  }

  get unexpectedErrors() {
    return this.errors.filter((error) => !this.expectedErrors.some((pattern) => pattern.test(error)));
  }
}

export const test = base.extend({
  url: [
    // eslint-disable-next-line no-empty-pattern
    async ({}, use) => {
      const url = process.env.E2E_BASE_URL;
      if (!url) throw new Error('E2E_BASE_URL is not set: run the browser tests with npm run test:browser.');
      await use(url);
    },
    { scope: 'worker' },
  ],

  /** `await newSession('po')`: a fresh context; `{ expectedErrors: [/regexp/] }` lists the errors it may log. */
  newSession: async ({ browser }, use) => {
    const sessions = [];
    await use(async (name, { expectedErrors = [] } = {}) => {
      const context = await browser.newContext();
      const session = new Session(name, context, await context.newPage(), expectedErrors);
      sessions.push(session);
      return session;
    });
    await Promise.all(sessions.map((session) => session.context.close()));
    for (const session of sessions) {
      await test.step(`${session.name}: no unexpected browser errors`, () => {
        expect(session.unexpectedErrors, `${session.name}'s browser logged`).toEqual([]);
      });
    }
  },

  /** `await signedIn('po')`: a fresh session of a demo user, signed in, on the home page. */
  signedIn: async ({ newSession, url }, use) => {
    await use(async (user, options) => {
      const session = await newSession(user, options);
      const login = new LoginPage(session.page, url);
      await login.open();
      await login.signIn(...DEMO_USERS[user]);
      await expect(session.page.locator('#main-content')).toBeVisible({ timeout: 30_000 });
      return session;
    });
  },
});
