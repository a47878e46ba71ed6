// Operations tests (issue 8): the built API as it runs in production, with its health checks, logs,
// configuration, and behaviour when the database or the process fails. Every test/ops/*.ops.mjs
// default-exports an array of { name, run, serial? }; `run` throws on failure.
//
// The API is built once, then the tests run in OPS_CONCURRENCY lanes (default 2), each lane taking
// the next test of the queue, and a line is printed as each test ends. Every test has its own
// ports, databases, data directories and processes, and passes its environment to its child
// processes (never through process.env), so they can run side by side. A test marked `serial: true`
// (with a comment saying why) runs afterwards, alone. The slowest tests of the previous run go
// first, so that no long one is left for the end (docs/adr/0014).
// `node test/ops/run-ops-tests.mjs <word>` runs only the files whose name contains it.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { recordTotals } from '../reporting/totals-reporter.mjs';
import { ROOT } from '../support/app-process.mjs';
import { dropDemoTemplate } from './support/demo-database.mjs';

// A bound for a test that hangs, not a measure. The slowest, the embedded backup round trip, takes
// 40 s alone on a quiet machine, and over two minutes beside another test on a busy one.
const TEST_TIMEOUT_MS = 300_000;
// Kept out of .test-results/, whose every .json file report-totals.mjs reads as a suite's totals.
const DURATIONS = new URL('../../node_modules/.cache/roap-ops-tests/durations.json', import.meta.url);

function concurrency() {
  const value = process.env.OPS_CONCURRENCY ?? '2';
  if (!/^[1-9]\d*$/.test(value)) {
    console.error(`OPS_CONCURRENCY must be a whole number of 1 or more, not "${value}"`);
    process.exit(2);
  }
  return Number(value);
}

/** Runs `work`, failing if it throws or has not finished after `ms`. */
function withTimeout(work, ms) {
  const promise = Promise.resolve().then(work);
  let timer;
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(`did not finish within ${ms / 1000} s`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

const indent = (text) => text.replace(/^/gm, '    ');

function readDurations() {
  try {
    return JSON.parse(readFileSync(DURATIONS, 'utf8'));
  } catch {
    return {};
  }
}

const lanes = concurrency();
console.log('Operations tests: building the API (api/dist)');
const build = spawnSync('npm', ['run', 'build', '-w', '@roap/api'], {
  cwd: ROOT,
  stdio: ['ignore', 'ignore', 'inherit'],
});
if (build.status !== 0) {
  console.error('not ok - the API does not build');
  recordTotals('operations', 0, 1);
  process.exit(1);
}

const only = process.argv[2];
const directory = new URL('./', import.meta.url);
const files = readdirSync(directory)
  .filter((file) => file.endsWith('.ops.mjs') && (!only || file.includes(only)))
  .sort();

let passed = 0;
let failed = 0;
const tests = [];
for (const file of files) {
  try {
    const exported = (await import(new URL(file, directory))).default;
    if (!Array.isArray(exported)) throw new Error('its default export is not an array of { name, run }');
    tests.push(...exported.map((test) => ({ ...test, file })));
  } catch (error) {
    failed += 1;
    console.log(`not ok - ${file}\n${indent(error.stack ?? String(error))}`);
  }
}

// Tests not timed yet (new ones) first, in file order; then the longest of the last run first.
const previous = readDurations();
const parallel = tests.filter((test) => !test.serial);
const queue = [
  ...parallel.filter((test) => !(test.name in previous)),
  ...parallel.filter((test) => test.name in previous).sort((a, b) => previous[b.name] - previous[a.name]),
];
const serial = tests.filter((test) => test.serial);
const durations = { ...previous };

async function runTest(test) {
  const started = Date.now();
  try {
    await withTimeout(() => test.run(), TEST_TIMEOUT_MS);
    passed += 1;
    durations[test.name] = (Date.now() - started) / 1000;
    console.log(`ok - ${test.name} (${durations[test.name].toFixed(1)} s)`);
  } catch (error) {
    failed += 1;
    console.log(`not ok - ${test.name}\n${indent(`${test.file}: ${error?.stack ?? String(error)}`)}`);
  }
}

async function lane() {
  while (queue.length > 0) await runTest(queue.shift());
}

console.log(`# ${tests.length} tests from ${files.length} files, ${lanes} at a time`);
await Promise.all(Array.from({ length: Math.min(lanes, queue.length) }, lane));
for (const test of serial) await runTest(test);
try {
  await dropDemoTemplate();
} catch (error) {
  failed += 1;
  console.log(`not ok - dropping the demo database the tests copied\n${indent(error.stack ?? String(error))}`);
}

mkdirSync(new URL('./', DURATIONS), { recursive: true });
writeFileSync(DURATIONS, `${JSON.stringify(durations, null, 1)}\n`);
recordTotals('operations', passed, failed);
// Exiting also ends any API a failed test left running (support/api-process.mjs).
process.exit(failed > 0 ? 1 : 0);
