// The API started on a demo database of its own (demo-database.mjs), reached through a proxy the
// test can cut, refuse or pause (pg-proxy.mjs); everything is stopped and dropped afterwards,
// whatever happened.
import { apiEnv, startApi } from './api-process.mjs';
import { startPgProxy } from './pg-proxy.mjs';
import { createDemoDatabase } from './demo-database.mjs';

/** Runs `work({ url, api, proxy, database, env })`; `overrides` change the API's environment. */
export async function withApiBehindProxy(work, overrides = {}) {
  const database = await createDemoDatabase();
  const proxy = await startPgProxy(database.url);
  const { env, cleanUp } = await apiEnv(proxy.urlFor(database.url), overrides);
  const api = startApi(env);
  try {
    return await work({ url: await api.ready, api, proxy, database, env });
  } finally {
    await api.kill();
    await proxy.close();
    await database.drop();
    cleanUp();
  }
}
