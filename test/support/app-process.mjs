// Starts `npm start` as a user would and stops it with SIGTERM; shared by the smoke and browser tests.
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';

export const ROOT = new URL('../..', import.meta.url).pathname;
const READY = /ready at (http:\/\/\S+?)\/ /;
const START_TIMEOUT_MS = 180_000;

const anyPort = () =>
  new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });

// Ports handed out once are not handed out again: tests running side by side get different ones
// even if the system offers a port again before the first test's server has taken it.
const handedOut = new Set();

/** A port nothing listens on now, for a server to be started; never the same one twice. */
export async function freePort() {
  for (;;) {
    const port = await anyPort();
    if (!handedOut.has(port)) {
      handedOut.add(port);
      return port;
    }
  }
}

/** An environment for `npm start` on the embedded database in `dataDir`. */
export async function embeddedEnv(dataDir) {
  const env = { ...process.env, DATA_DIR: dataDir, PORT: String(await freePort()), NODE_ENV: 'development' };
  delete env.DATABASE_URL;
  delete env.DATABASE_POOL_SIZE;
  delete env.LOAD_DEMO_DATA;
  return env;
}

export function startApp(env) {
  const child = spawn('npm', ['start'], { cwd: ROOT, env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  const ready = new Promise((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`not ready after ${START_TIMEOUT_MS} ms:\n${output}`)),
      START_TIMEOUT_MS,
    );
    const onData = (chunk) => {
      output += chunk;
      const match = READY.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`npm start exited (${code}) before it was ready:\n${output}`));
    });
  });
  // 'close' waits for every process holding the output pipes (npm and the API under it).
  const exited = new Promise((resolve) => child.on('close', (code, signal) => resolve({ code, signal })));
  return { child, ready, exited, output: () => output };
}

// The API logs JSON lines (pino): error is level 50, fatal 60.
const isErrorLine = (line) => {
  try {
    return JSON.parse(line).level >= 50;
  } catch {
    return false;
  }
};

/** SIGTERM to npm and the API; fails if it takes over 20 s or anything was logged as an error. */
export async function stopApp(app) {
  const startedAt = Date.now();
  process.kill(-app.child.pid, 'SIGTERM');
  let timer;
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error('did not stop within 20 s of SIGTERM')), 20_000);
  });
  await Promise.race([app.exited, timeout]).finally(() => clearTimeout(timer));
  if (app.output().split('\n').some(isErrorLine)) throw new Error(`errors were logged:\n${app.output()}`);
  return Date.now() - startedAt;
}

export const killApp = (app) => process.kill(-app.child.pid, 'SIGKILL');
