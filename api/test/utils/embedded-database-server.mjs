import { PGlite } from '@electric-sql/pglite';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';

// One embedded PostgreSQL (PGlite) behind a socket, in a process of its own, for one Jest worker:
// global-setup.mjs forks one per worker, so their databases work on separate cores. It sends its
// address to the parent and ends when told to, or when the parent goes away.
const db = await PGlite.create();
// Two connections, so that one API's pool may close while the next opens.
const server = new PGLiteSocketServer({ db, host: '127.0.0.1', port: 0, maxConnections: 2 });
await server.start();

let stopping;
const stop = () =>
  (stopping ??= (async () => {
    await server.stop();
    await db.close();
    process.exit(0);
  })());
process.on('message', (message) => message === 'stop' && stop());
process.on('disconnect', stop);
process.send({ url: `postgres://postgres@${server.getServerConn()}/postgres` });
