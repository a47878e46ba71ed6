// The PostgreSQL server the operations tests run against: the one of DATABASE_URL, else the local
// default. Every test gets databases of its own, created here and dropped afterwards.
import { randomBytes } from 'node:crypto';
import pg from 'pg';

export const SERVER_URL = process.env.DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/postgres';

/** The URL of database `name` on the server of SERVER_URL (same user, password and host). */
export function databaseUrl(name, serverUrl = SERVER_URL) {
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

/** Runs `work(client)` on a connection of its own, closed afterwards. */
export async function withClient(url, work) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

export const query = (url, sql, params = []) =>
  withClient(url, async (client) => (await client.query(sql, params)).rows);

/**
 * A new database, empty or a copy of `template`: { name, url, drop() }. `drop` also ends any
 * connection left to it.
 */
export async function createDatabase(prefix = 'roap_ops', template = undefined) {
  const name = `${prefix}_${Date.now()}_${randomBytes(3).toString('hex')}`;
  await query(SERVER_URL, `CREATE DATABASE ${name}${template ? ` TEMPLATE ${template}` : ''}`);
  return {
    name,
    url: databaseUrl(name),
    drop: () => query(SERVER_URL, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`),
  };
}
