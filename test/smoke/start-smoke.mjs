// Smoke test of the README's `npm start` on the embedded database: start on a fresh data
// directory, answer a GraphQL query, write a result, stop with SIGTERM, start again on the same
// directory and find the result still there; the built interface is served compressed and cached as
// platform/web-ui says. Exits non-zero on any failure.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { measureFirstLoad } from '../perf/first-load-budget.mjs';
import { recordTotals } from '../reporting/totals-reporter.mjs';
import { embeddedEnv, killApp, startApp, stopApp } from '../support/app-process.mjs';

async function graphql(url, query, token) {
  const headers = { 'content-type': 'application/json' };
  if (token) headers.authorization = `Bearer ${token}`;
  const response = await fetch(`${url}/graphql`, { method: 'POST', headers, body: JSON.stringify({ query }) });
  const body = await response.json();
  if (body.errors) throw new Error(`GraphQL errors: ${JSON.stringify(body.errors)}`);
  return body.data;
}

let passed = 0;

const get = (url, path, acceptEncoding) => fetch(`${url}${path}`, { headers: { 'accept-encoding': acceptEncoding } });

function check(condition, message) {
  if (!condition) throw new Error(message);
  passed += 1;
  console.log(`  ok - ${message}`);
}

/** The interface that `npm start` built, as a browser receives it (fetch undoes the Content-Encoding). */
async function checkUiServing(url) {
  const page = await get(url, '/', 'gzip, deflate, br');
  const html = await page.text();
  check(
    page.status === 200 && page.headers.get('cache-control') === 'no-cache' && html.includes('<div id="root">'),
    'serves index.html at / with Cache-Control: no-cache',
  );
  const script = /<script type="module" crossorigin src="(\/assets\/index-[\w-]+\.js)">/.exec(html)?.[1];
  check(Boolean(script), `index.html names its hashed entry script (${script})`);
  const identity = await get(url, script, 'identity');
  const original = await identity.text();
  check(
    identity.headers.get('content-encoding') === null,
    'sends the script as built to a browser that takes no coding',
  );
  for (const [acceptEncoding, coding] of [
    ['gzip, deflate, br', 'br'],
    ['gzip, deflate', 'gzip'],
  ]) {
    const response = await get(url, script, acceptEncoding);
    const headers = response.headers;
    check(
      headers.get('content-encoding') === coding &&
        Number(headers.get('content-length')) < original.length / 2 &&
        headers.get('vary') === 'Accept-Encoding' &&
        (await response.text()) === original,
      `sends it ${coding}-compressed to Accept-Encoding: ${acceptEncoding} (${headers.get('content-length')} of ${original.length} bytes)`,
    );
    check(
      headers.get('cache-control') === 'public, max-age=31536000, immutable',
      `caches the hashed script for a year (${coding})`,
    );
  }
  const missing = await get(url, '/assets/index-NoSuchHash.js', 'gzip, deflate, br');
  check(
    missing.status === 404 && !(missing.headers.get('content-type') ?? '').includes('text/html'),
    'answers a missing asset with 404, not the page',
  );
  for (const { route, gzip, brotli } of measureFirstLoad()) {
    console.log(
      `  first load with ${route}: ${(brotli / 1024).toFixed(1)} KB brotli, ${(gzip / 1024).toFixed(1)} KB gzip`,
    );
  }
}

const dataDir = mkdtempSync(join(tmpdir(), 'roap-smoke-'));
const env = await embeddedEnv(dataDir);

let app;
try {
  console.log(`Smoke test of npm start on the embedded database (${dataDir})`);
  let started = Date.now();
  app = startApp(env);
  let url = await app.ready;
  console.log(`  started in ${((Date.now() - started) / 1000).toFixed(1)} s (build included) at ${url}`);
  const signIn = async () =>
    (await graphql(url, 'mutation { login(email: "admin@example.org", password: "Decent-work-2009") { token } }')).login
      .token;
  let token = await signIn();
  check(typeof token === 'string', 'signs in as the demo administrator of README.md');
  // The demo holds the published 2008-09 strategy and its draft 2010-11 version: count the published one.
  const { allResultsFrameworks } = await graphql(url, '{ allResultsFrameworks { id publishedAt } }', token);
  const published = allResultsFrameworks.filter((framework) => framework.publishedAt !== null);
  check(
    allResultsFrameworks.length === 2 && published.length === 1,
    'holds the strategy, published, and its draft next version',
  );
  const strategy = `filter: { frameworkId: "${published[0].id}" }`;
  const first = await graphql(
    url,
    `{ allOutcomes(${strategy}) { number } allIndicators(perPage: 100, ${strategy}) { code components { id label } } allReportingPeriods(filter: { code: "2009-Q2" }) { id } allOffices(filter: { code: "ROAP" }) { id } }`,
    token,
  );
  check(first.allOutcomes.length === 6, 'lists the 6 outcomes');
  check(first.allIndicators.length === 16, 'lists the 16 indicators');
  const components = first.allIndicators.flatMap((indicator) => indicator.components);
  check(components.length === 29, 'with their 29 components');
  const component = components[0].id;
  await checkUiServing(url);
  const written = await graphql(
    url,
    `mutation { createIndicatorResult(componentId: "${component}", periodId: "${first.allReportingPeriods[0].id}", officeId: "${first.allOffices[0].id}", value: 2) { id } }`,
    token,
  );
  console.log(`  stopped in ${await stopApp(app)} ms after SIGTERM`);

  started = Date.now();
  app = startApp(env);
  url = await app.ready;
  console.log(`  restarted in ${((Date.now() - started) / 1000).toFixed(1)} s on the same data directory`);
  token = await signIn();
  const again = await graphql(
    url,
    `{ IndicatorResult(id: "${written.createIndicatorResult.id}") { value } _allOutcomesMeta(${strategy}) { count } }`,
    token,
  );
  check(again.IndicatorResult?.value === 2, 'keeps what was written across a restart');
  check(again._allOutcomesMeta.count === 6, 'does not load the demo data twice');
  console.log(`  stopped in ${await stopApp(app)} ms after SIGTERM`);
  app = undefined;
  recordTotals('smoke', passed, 0);
} catch (error) {
  console.error(`Smoke test failed: ${error.message}`);
  if (app) killApp(app);
  recordTotals('smoke', passed, 1);
  process.exitCode = 1;
} finally {
  rmSync(dataDir, { recursive: true, force: true });
}
