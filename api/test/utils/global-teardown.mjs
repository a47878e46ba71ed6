import pg from 'pg';

export default async function globalTeardown() {
  const database = globalThis.__testDatabase;
  if (!database) return;
  if (database.server) {
    await database.server.stop();
    await database.db.close();
    return;
  }
  const admin = new pg.Client({ connectionString: database.serverUrl });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${database.name} WITH (FORCE)`);
  await admin.end();
}
