import { readdirSync, readFileSync, rmSync } from 'node:fs';

// Last step of `npm test`: the totals of every suite that ran, in one closing line.
const dir = new URL('../../.test-results/', import.meta.url);
const suites = readdirSync(dir)
  .filter((name) => name.endsWith('.json'))
  .map((name) => JSON.parse(readFileSync(new URL(name, dir), 'utf8')));
const sum = (key) => suites.reduce((total, suite) => total + suite[key], 0);
rmSync(dir, { recursive: true, force: true });
console.log(`\nSuites: ${suites.map((suite) => `${suite.suite} ${suite.passed}`).join(', ')}`);
console.log(`total: ${sum('passed')} passed, ${sum('failed')} failed`);
if (sum('failed') > 0 || suites.length === 0) process.exitCode = 1;
