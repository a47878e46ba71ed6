import { fork } from 'node:child_process';
import pg from 'pg';

// Plain JavaScript: Jest imports global setup natively, without the TypeScript transform.
// Gives each Jest worker a database of its own: a fresh database on the server of DATABASE_URL, or
// an embedded PGlite in a process of its own when DATABASE_URL is unset or INTEGRATION_SUBSET is
// "embedded". worker-database.ts hands each worker its address; the first API booted on it migrates it.
export default async function globalSetup(globalConfig) {
  const workers = Math.max(1, globalConfig.maxWorkers ?? 1);
  const serverUrl = process.env.INTEGRATION_SUBSET === 'embedded' ? undefined : process.env.DATABASE_URL;
  const databases = serverUrl ? await createServerDatabases(serverUrl, workers) : await startEmbedded(workers);
  globalThis.__testDatabases = databases;
  process.env.TEST_DATABASE_URLS = databases.urls.join(' ');
  if (!serverUrl) {
    // PGlite serves one statement at a time: the API must hold a single connection.
    process.env.DATABASE_POOL_SIZE = '1';
  }
  const where = serverUrl
    ? `PostgreSQL server databases ${databases.names.join(', ')}`
    : 'embedded PostgreSQL (PGlite)';
  console.log(`\nIntegration tests on ${where}, one per worker (${workers}); set DATABASE_URL for a server`);
}

async function createServerDatabases(serverUrl, workers) {
  const stamp = `roap_test_${Date.now()}_${process.pid}`;
  const names = Array.from({ length: workers }, (_, index) => `${stamp}_w${index + 1}`);
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  try {
    for (const name of names) await admin.query(`CREATE DATABASE ${name}`);
  } finally {
    await admin.end();
  }
  const urls = names.map((name) => {
    const url = new URL(serverUrl);
    url.pathname = `/${name}`;
    return url.toString();
  });
  return { serverUrl, names, urls };
}

async function startEmbedded(workers) {
  const servers = Array.from({ length: workers }, () =>
    fork(new URL('./embedded-database-server.mjs', import.meta.url), {
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    }),
  );
  const urls = await Promise.all(
    servers.map(
      (server) =>
        new Promise((resolve, reject) => {
          server.once('message', (message) => resolve(message.url));
          server.once('exit', (code) => reject(new Error(`the embedded database exited (${code}) before it started`)));
        }),
    ),
  );
  return { servers, names: [], urls };
}
