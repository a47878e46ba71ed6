// The built API (`npm start` without its build) as a child process with an environment of the test's choosing,
// its output kept apart per stream. Whatever a test leaves running is killed when the runner exits.
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort, ROOT } from '../../support/app-process.mjs';
import { apiMain } from './api-files.mjs';

const READY = /ready at (http:\/\/\S+?)\/ /;
const running = new Set();
process.on('exit', () => {
  for (const child of running) child.kill('SIGKILL');
});

/**
 * A production-like environment on `databaseUrl` (undefined: the embedded database), with demo data,
 * a throwaway JWT secret and a data directory of its own; `overrides` win (undefined removes).
 */
export async function apiEnv(databaseUrl, overrides = {}) {
  const dataDir = mkdtempSync(join(tmpdir(), 'roap-ops-'));
  const env = {
    PATH: process.env.PATH,
    NODE_ENV: 'production',
    HOST: '127.0.0.1',
    PORT: String(await freePort()),
    DATA_DIR: dataDir,
    JWT_SECRET: randomBytes(32).toString('hex'),
    LOAD_DEMO_DATA: 'true',
    LOG_LEVEL: 'info',
    DATABASE_URL: databaseUrl,
    ...overrides,
  };
  for (const [key, value] of Object.entries(env)) if (value === undefined) delete env[key];
  return { env, cleanUp: () => rmSync(dataDir, { recursive: true, force: true }) };
}

/** The log lines that are not JSON, and the JSON ones parsed. */
export function parseLines(text) {
  const notJson = [];
  const lines = [];
  for (const line of text.split('\n').filter((candidate) => candidate.trim() !== '')) {
    try {
      lines.push(JSON.parse(line));
    } catch {
      notJson.push(line);
    }
  }
  return { lines, notJson };
}

/** Starts the built API (`npm start` without the build); `ready` resolves with its URL, `exited` with { code, signal }. */
export function startApi(env, { timeoutMs = 90_000 } = {}) {
  const child = spawn(process.execPath, [apiMain()], { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
  running.add(child);
  const streams = { stdout: '', stderr: '' };
  const waiters = new Set();
  const output = () => streams.stdout + streams.stderr;
  const notify = () => {
    for (const waiter of waiters) waiter();
  };
  child.stdout.on('data', (chunk) => {
    streams.stdout += chunk;
    notify();
  });
  child.stderr.on('data', (chunk) => {
    streams.stderr += chunk;
    notify();
  });
  const exited = new Promise((resolve) =>
    child.on('close', (code, signal) => {
      running.delete(child);
      notify();
      resolve({ code, signal });
    }),
  );

  /** Resolves with the first match of `pattern` in the output; rejects if the API exits first or after `ms`. */
  const waitForOutput = (pattern, ms = timeoutMs) =>
    new Promise((resolve, reject) => {
      const check = () => {
        const match = pattern.exec(output());
        if (match) return finish(() => resolve(match));
        if (child.exitCode !== null || child.signalCode !== null) {
          finish(() => reject(new Error(`the API exited before logging ${pattern}:\n${output()}`)));
        }
      };
      const timer = setTimeout(() => finish(() => reject(new Error(`no ${pattern} after ${ms} ms:\n${output()}`))), ms);
      const finish = (settle) => {
        clearTimeout(timer);
        waiters.delete(check);
        settle();
      };
      waiters.add(check);
      check();
    });

  const ready = waitForOutput(READY).then((match) => match[1]);
  ready.catch(() => undefined);
  return {
    child,
    ready,
    exited,
    waitForOutput,
    output,
    stdout: () => streams.stdout,
    stderr: () => streams.stderr,
    lines: () => parseLines(streams.stdout).lines,
    /** SIGTERM, then the exit; SIGKILL if it has not exited after `ms`. */
    async stop(ms = 30_000) {
      if (child.exitCode !== null || child.signalCode !== null) return exited;
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), ms);
      const result = await exited;
      clearTimeout(timer);
      return result;
    },
    async kill() {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
      return exited;
    },
  };
}

/** Runs an API to exit (for start-up failures); { code, signal, output }. */
export async function runApiToExit(env, timeoutMs = 60_000) {
  const api = startApi(env, { timeoutMs });
  const timer = setTimeout(() => api.child.kill('SIGKILL'), timeoutMs);
  const { code, signal } = await api.exited;
  clearTimeout(timer);
  return { code, signal, output: api.output(), stdout: api.stdout() };
}
