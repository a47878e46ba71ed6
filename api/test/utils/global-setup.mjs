import { PGlite } from '@electric-sql/pglite';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';
import pg from 'pg';

// Plain JavaScript: Jest imports global setup natively, without the TypeScript transform.
// Gives the test run a database of its own and hands its address to the tests as DATABASE_URL;
// the first test file applies the migrations (test/utils/test-app.ts).
export default async function globalSetup() {
  const serverUrl = process.env.DATABASE_URL;
  if (serverUrl) {
    const name = `roap_test_${Date.now()}_${process.pid}`;
    const admin = new pg.Client({ connectionString: serverUrl });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name}`);
    await admin.end();
    const url = new URL(serverUrl);
    url.pathname = `/${name}`;
    globalThis.__testDatabase = { serverUrl, name };
    process.env.DATABASE_URL = url.toString();
    console.log(`\nIntegration tests on PostgreSQL server database ${name}`);
  } else {
    const db = await PGlite.create();
    // Two connections so that one test file's pool may close while the next opens.
    const server = new PGLiteSocketServer({ db, host: '127.0.0.1', port: 0, maxConnections: 2 });
    await server.start();
    globalThis.__testDatabase = { db, server };
    process.env.DATABASE_URL = `postgres://postgres@${server.getServerConn()}/postgres`;
    // PGlite serves one statement at a time: the API must hold a single connection.
    process.env.DATABASE_POOL_SIZE = '1';
    console.log('\nIntegration tests on embedded PostgreSQL (PGlite); set DATABASE_URL for a server');
  }
}
