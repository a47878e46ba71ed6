import pg from 'pg';

export default async function globalTeardown() {
  const databases = globalThis.__testDatabases;
  if (!databases) return;
  if (databases.servers) {
    await Promise.all(
      databases.servers.map(
        (server) =>
          new Promise((resolve) => {
            if (server.exitCode !== null) return resolve();
            server.once('exit', resolve);
            server.send('stop');
          }),
      ),
    );
    return;
  }
  const admin = new pg.Client({ connectionString: databases.serverUrl });
  await admin.connect();
  try {
    for (const name of databases.names) await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  } finally {
    await admin.end();
  }
}
