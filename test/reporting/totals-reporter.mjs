import { mkdirSync, writeFileSync } from 'node:fs';

const RESULTS_DIR = new URL('../../.test-results/', import.meta.url);

/** Records a suite's totals for report-totals.mjs and prints them as a plain closing line. */
export function recordTotals(suite, passed, failed, skipped = 0) {
  mkdirSync(RESULTS_DIR, { recursive: true });
  writeFileSync(new URL(`${suite}.json`, RESULTS_DIR), JSON.stringify({ suite, passed, failed, skipped }));
  console.log(`${suite}: ${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
}

/** A Jest reporter: `reporters: ['default', ['<root>/test/reporting/totals-reporter.mjs', { suite: 'unit' }]]`. */
export default class TotalsReporter {
  constructor(_globalConfig, options) {
    this.suite = options.suite;
  }

  onRunComplete(_contexts, results) {
    const failed = results.numFailedTests + results.numRuntimeErrorTestSuites;
    recordTotals(this.suite, results.numPassedTests, failed, results.numPendingTests);
  }
}
