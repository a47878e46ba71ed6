import { recordTotals } from './totals-reporter.mjs';

/**
 * A Playwright reporter: `reporter: [['list'], ['./reporting/playwright-totals.mjs', { suite: 'browser' }]]`.
 * Records the run's totals for report-totals.mjs. An error outside the tests (the app that does not
 * start, an error logged by the app, a setup that throws) counts as one failure, and so does a run
 * that did not pass for a reason no test shows (interrupted, out of time).
 */
export default class PlaywrightTotals {
  errors = 0;

  constructor({ suite = 'browser' } = {}) {
    this.suite = suite;
  }

  onBegin(_config, rootSuite) {
    this.rootSuite = rootSuite;
  }

  onError() {
    this.errors += 1;
  }

  onEnd(result) {
    const tests = this.rootSuite?.allTests() ?? [];
    const outcomes = tests.map((test) => test.outcome());
    const count = (...kinds) => outcomes.filter((outcome) => kinds.includes(outcome)).length;
    let failed = count('unexpected', 'flaky') + this.errors;
    if (result.status !== 'passed' && failed === 0) failed = 1;
    // `playwright test --list` runs nothing: there is nothing to record.
    if (failed === 0 && tests.every((test) => test.results.length === 0)) return;
    recordTotals(this.suite, count('expected'), failed, count('skipped'));
  }

  printsToStdio() {
    return false;
  }
}
