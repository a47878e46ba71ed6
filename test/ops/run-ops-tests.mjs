// Operations tests (issue 8): the built API as it runs in production, with its health checks, logs,
// configuration, and behaviour when the database or the process fails. Every test/ops/*.ops.mjs
// default-exports an array of { name, run }; `run` throws on failure. They run one at a time, in
// file order. `node test/ops/run-ops-tests.mjs <word>` runs only the files whose name contains it.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { recordTotals } from '../reporting/totals-reporter.mjs';
import { ROOT } from '../support/app-process.mjs';

// A bound for a test that hangs, not a measure: the slowest takes a few seconds.
const TEST_TIMEOUT_MS = 180_000;

function withTimeout(promise, ms) {
  let timer;
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(`did not finish within ${ms / 1000} s`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

const indent = (text) => text.replace(/^/gm, '    ');

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
for (const file of files) {
  let tests;
  try {
    tests = (await import(new URL(file, directory))).default;
    if (!Array.isArray(tests)) throw new Error('its default export is not an array of { name, run }');
  } catch (error) {
    failed += 1;
    console.log(`not ok - ${file}\n${indent(error.stack ?? String(error))}`);
    continue;
  }
  console.log(`# ${file}`);
  for (const test of tests) {
    const started = Date.now();
    try {
      await withTimeout(test.run(), TEST_TIMEOUT_MS);
      passed += 1;
      console.log(`ok - ${test.name} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
    } catch (error) {
      failed += 1;
      console.log(`not ok - ${test.name}\n${indent(error?.stack ?? String(error))}`);
    }
  }
}

recordTotals('operations', passed, failed);
// Exiting also ends any API a failed test left running (support/api-process.mjs).
process.exit(failed > 0 ? 1 : 0);
