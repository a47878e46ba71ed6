// A TCP proxy between the API and PostgreSQL that a test can cut, make refuse connections, or use
// to stop a transaction at its COMMIT. It reads the client's side of the wire protocol: a startup
// message (length first), then messages of a type byte and a length; queries are 'Q' (simple) and
// 'P' (parse, extended protocol).
import { connect, createServer } from 'node:net';

const SSL_REQUEST = 80877103;
const GSSENC_REQUEST = 80877104;
const COMMIT = /^\s*(COMMIT|END)\b/i;

/** Splits a client's byte stream into whole protocol messages: `onMessage(bytes, type, queryText)`. */
function clientMessages(onMessage) {
  let buffer = Buffer.alloc(0);
  let startup = true;
  return (chunk) => {
    buffer = Buffer.concat([buffer, chunk]);
    for (;;) {
      if (startup) {
        if (buffer.length < 8) return;
        const length = buffer.readInt32BE(0);
        if (buffer.length < length) return;
        const code = buffer.readInt32BE(4);
        // The server answers an SSL or GSS request with one byte; the real startup message follows.
        startup = code === SSL_REQUEST || code === GSSENC_REQUEST;
        onMessage(buffer.subarray(0, length), null, null);
        buffer = buffer.subarray(length);
        continue;
      }
      if (buffer.length < 5) return;
      const end = 1 + buffer.readInt32BE(1);
      if (buffer.length < end) return;
      const message = buffer.subarray(0, end);
      const type = String.fromCharCode(message[0]);
      const strings = message.subarray(5).toString('utf8').split('\0');
      const text = type === 'Q' ? strings[0] : type === 'P' ? strings[1] : null;
      onMessage(message, type, text);
      buffer = buffer.subarray(end);
    }
  };
}

/**
 * Starts a proxy to the server of `targetUrl`; `urlFor(url)` rewrites a database URL to go through it.
 *  - cut(): ends every connection now (as a database restart or a network failure would);
 *  - refuse(true|false): closes new connections at once, until told otherwise;
 *  - stopAtNextCommit('before'|'after'): the next COMMIT a client sends is held back ('before': the
 *    server never sees it) or let through with the server's answer held back ('after': committed,
 *    but the API never learns it). Resolves once that point is reached; release() lets it all go.
 */
export async function startPgProxy(targetUrl) {
  const target = new URL(targetUrl);
  const pairs = new Set();
  let refusing = false;
  let trap = null;

  const server = createServer((client) => {
    if (refusing) return client.destroy();
    const upstream = connect(Number(target.port || 5432), target.hostname);
    const pair = { client, upstream, heldToServer: null, heldToClient: null };
    pairs.add(pair);
    const close = () => {
      pairs.delete(pair);
      client.destroy();
      upstream.destroy();
    };
    for (const socket of [client, upstream]) {
      // Without it, Nagle's algorithm and delayed acknowledgements add 40 ms to every round trip.
      socket.setNoDelay(true);
      socket.on('error', close);
      socket.on('close', close);
    }
    upstream.on('data', (chunk) => {
      if (!pair.heldToClient) return client.write(chunk);
      pair.heldToClient.push(chunk);
      pair.onServerAnswer?.();
    });
    client.on(
      'data',
      clientMessages((message, _type, text) => {
        if (pair.heldToServer) return pair.heldToServer.push(message);
        if (trap && text !== null && COMMIT.test(text)) {
          const caught = trap;
          trap = null;
          if (caught.where === 'before') {
            pair.heldToServer = [message];
            return caught.resolve();
          }
          pair.heldToClient = [];
          pair.onServerAnswer = () => {
            pair.onServerAnswer = null;
            caught.resolve();
          };
        }
        upstream.write(message);
      }),
    );
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();

  return {
    port,
    urlFor(url) {
      const through = new URL(url);
      through.hostname = '127.0.0.1';
      through.port = String(port);
      return through.toString();
    },
    cut() {
      for (const pair of [...pairs]) {
        pair.client.destroy();
        pair.upstream.destroy();
      }
    },
    refuse(on = true) {
      refusing = on;
    },
    stopAtNextCommit(where) {
      return new Promise((resolve) => {
        trap = { where, resolve };
      });
    },
    release() {
      trap = null;
      for (const pair of pairs) {
        const { heldToServer, heldToClient } = pair;
        pair.heldToServer = null;
        pair.heldToClient = null;
        for (const message of heldToServer ?? []) pair.upstream.write(message);
        for (const chunk of heldToClient ?? []) pair.client.write(chunk);
      }
    },
    close() {
      this.cut();
      return new Promise((resolve) => server.close(resolve));
    },
  };
}
