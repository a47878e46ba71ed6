// `node test/support/run-scripts.mjs lint typecheck`: runs npm scripts at the same time, each
// one's output printed whole when it ends (so that lines do not interleave); exits non-zero if
// any failed. npm test runs its quick checks this way: each is mostly one process, and two cores
// finish two of them in the time of the longer.
import { spawn } from 'node:child_process';
import { ROOT } from './app-process.mjs';

const scripts = process.argv.slice(2);
if (scripts.length === 0) {
  console.error('usage: node test/support/run-scripts.mjs <npm script> [<npm script>...]');
  process.exit(2);
}

const run = (script) =>
  new Promise((resolve) => {
    const started = Date.now();
    const child = spawn('npm', ['run', script], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('close', (code) => {
      const seconds = ((Date.now() - started) / 1000).toFixed(1);
      process.stdout.write(
        `${output}\n== npm run ${script}: ${code === 0 ? 'passed' : `failed (${code})`}, ${seconds} s\n`,
      );
      resolve(code === 0);
    });
  });

const results = await Promise.all(scripts.map(run));
process.exit(results.every(Boolean) ? 0 : 1);
