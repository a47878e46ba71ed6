// The API under measurement: started as `node api/dist/main.js` (so that its own memory is what
// we read), with login limits lifted for the many programme officers the benchmark signs in.
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { freePort, ROOT } from '../support/app-process.mjs';

const READY = /ready at (http:\/\/\S+?)\/ /;

export async function benchEnv(base) {
  return {
    ...base,
    PORT: String(await freePort()),
    // Measured as deployed: production mode (no GraphiQL, no stack traces), a throwaway secret.
    NODE_ENV: 'production',
    JWT_SECRET: randomBytes(32).toString('hex'),
    LOGIN_LIMIT_PER_EMAIL: '100000',
    LOGIN_LIMIT_PER_IP: '100000',
  };
}

/** Starts the built API; resolves once it says it is ready, with how long that took. */
export function startApi(env, timeoutMs = 300_000) {
  const started = Date.now();
  const child = spawn(process.execPath, ['api/dist/main.js'], { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  const ready = new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`API not ready after ${timeoutMs} ms:\n${output}`)), timeoutMs);
    const onData = (chunk) => {
      output += chunk;
      const match = READY.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve({ url: match[1], readyMs: Date.now() - started });
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`API exited (${code}) before it was ready:\n${output}`));
    });
  });
  const exited = new Promise((resolve) => child.on('close', (code, signal) => resolve({ code, signal })));
  return { child, ready, exited, output: () => output };
}

export async function stopApi(api) {
  if (api.child.exitCode !== null) return;
  api.child.kill('SIGTERM');
  const timer = setTimeout(() => api.child.kill('SIGKILL'), 20_000);
  await api.exited;
  clearTimeout(timer);
}

const statusOf = (pid) => readFileSync(`/proc/${pid}/status`, 'utf8');
const kilobytes = (status, field) => Number(new RegExp(`${field}:\\s+(\\d+) kB`).exec(status)?.[1] ?? NaN);

/**
 * Peak resident memory of a process over a stretch of work: Linux's high-water mark, reset before
 * the work (clear_refs 5), and sampled as well in case the reset is not allowed.
 */
/** The process's resident set size now, in MB. */
export const currentRssMb = (pid) => Math.round(kilobytes(statusOf(pid), 'VmRSS') / 1024);

export async function peakRss(pid, work) {
  let resetWorked = true;
  try {
    writeFileSync(`/proc/${pid}/clear_refs`, '5');
  } catch {
    resetWorked = false;
  }
  let sampled = kilobytes(statusOf(pid), 'VmRSS');
  const sampler = setInterval(() => {
    sampled = Math.max(sampled, kilobytes(statusOf(pid), 'VmRSS'));
  }, 25);
  try {
    const result = await work();
    const highWater = kilobytes(statusOf(pid), 'VmHWM');
    const peakKb = resetWorked ? Math.max(highWater, sampled) : sampled;
    return { result, peakMb: Math.round(peakKb / 1024) };
  } finally {
    clearInterval(sampler);
  }
}
