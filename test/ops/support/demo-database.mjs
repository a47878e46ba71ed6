// A database as the API leaves an empty one on its first start: migrated, with the demo data. The
// API makes it once per run, from an empty database; each test that wants one gets a copy of its
// own (CREATE DATABASE … TEMPLATE, a file copy on the server) instead of migrating and loading
// the demo data again on every start-up. create-admin.ops.mjs still starts from an empty database.
import { apiEnv, startApi } from './api-process.mjs';
import { createDatabase, query, SERVER_URL } from './postgres.mjs';

let template;

async function makeTemplate() {
  const database = await createDatabase('roap_ops_template');
  const { env, cleanUp } = await apiEnv(database.url);
  const api = startApi(env);
  try {
    await api.ready;
    const stopped = await api.stop();
    if (stopped.code !== 0) throw new Error(`the API that loaded the demo data exited with ${stopped.code}`);
    // Nothing may connect to it any more: CREATE DATABASE … TEMPLATE needs it without sessions.
    await query(SERVER_URL, `ALTER DATABASE ${database.name} ALLOW_CONNECTIONS false`);
    return database;
  } catch (error) {
    await api.kill();
    await database.drop();
    throw new Error(`the API could not prepare a demo database: ${error.message}`, { cause: error });
  } finally {
    cleanUp();
  }
}

/** A new database with the demo data, migrated: { name, url, drop() }. */
export async function createDemoDatabase(prefix = 'roap_ops') {
  const source = await (template ??= makeTemplate());
  return createDatabase(prefix, source.name);
}

/** Drops the run's template, if a test made one; for the runner, once every test has ended. */
export async function dropDemoTemplate() {
  const made = await template?.catch(() => undefined);
  template = undefined;
  await made?.drop();
}
