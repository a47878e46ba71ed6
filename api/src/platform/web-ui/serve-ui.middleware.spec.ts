import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import request from 'supertest';
import { acceptedCodings, serveUi } from '#src/platform/web-ui/serve-ui.middleware.js';

// A build as admin-ui's vite writes it: index.html, hashed assets with .br/.gz copies, a favicon, the manifest.
const SCRIPT = `console.log(${JSON.stringify('first load '.repeat(200))});`;
const HTML = '<!doctype html><script type="module" src="/assets/index-AbC123.js"></script>';

describe('serveUi', () => {
  let dir: string;
  let server: Server;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'roap-ui-'));
    mkdirSync(join(dir, 'assets'));
    mkdirSync(join(dir, '.vite'));
    writeFileSync(join(dir, 'index.html'), HTML);
    writeFileSync(join(dir, 'assets', 'index-AbC123.js'), SCRIPT);
    writeFileSync(join(dir, 'assets', 'index-AbC123.js.br'), brotliCompressSync(SCRIPT));
    writeFileSync(join(dir, 'assets', 'index-AbC123.js.gz'), gzipSync(SCRIPT));
    writeFileSync(join(dir, 'favicon.svg'), '<svg/>');
    writeFileSync(join(dir, '.vite', 'manifest.json'), '{}');
    const handle = serveUi(dir);
    server = createServer((req, res) =>
      handle(req, res, () => {
        res.writeHead(404, { 'Content-Type': 'application/json' });
        res.end('{"from":"api"}');
      }),
    );
  });
  afterAll(() => {
    server.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const asset = '/assets/index-AbC123.js';
  // supertest undoes the Content-Encoding: bodies read here are the files as built.
  const get = (path: string, acceptEncoding?: string) => {
    const req = request(server)
      .get(path)
      .buffer(true)
      .parse((res, done) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => done(null, Buffer.concat(chunks)));
      });
    return acceptEncoding === undefined ? req : req.set('Accept-Encoding', acceptEncoding);
  };

  test('sends brotli when the browser takes it, even listed after gzip', async () => {
    const res = await get(asset, 'gzip, deflate, br, zstd');
    expect(res.status).toBe(200);
    expect(res.header['content-encoding']).toBe('br');
    expect(res.header['content-type']).toBe('text/javascript; charset=utf-8');
    expect(res.header.vary).toBe('Accept-Encoding');
    expect(Number(res.header['content-length'])).toBe(brotliCompressSync(SCRIPT).length);
    expect(res.body.toString()).toBe(SCRIPT);
  });

  test('sends gzip when brotli is not accepted, and the file as built when neither is', async () => {
    const gzip = await get(asset, 'gzip, br;q=0');
    expect(gzip.header['content-encoding']).toBe('gzip');
    expect(Number(gzip.header['content-length'])).toBe(gzipSync(SCRIPT).length);
    expect(gzip.body.toString()).toBe(SCRIPT);
    const identity = await get(asset, 'identity');
    expect(identity.header['content-encoding']).toBeUndefined();
    expect(identity.header.vary).toBe('Accept-Encoding');
    expect(identity.body.toString()).toBe(SCRIPT);
  });

  test('caches hashed assets for a year and revalidates index.html', async () => {
    expect((await get(asset, 'br')).header['cache-control']).toBe('public, max-age=31536000, immutable');
    for (const path of ['/', '/index.html']) {
      const res = await get(path, 'identity');
      expect(res.header['cache-control']).toBe('no-cache');
      expect(res.header['content-type']).toBe('text/html; charset=utf-8');
      expect(res.body.toString()).toBe(HTML);
    }
  });

  test('answers a revalidation of an unchanged index.html with 304', async () => {
    const first = await get('/', 'identity');
    const again = await request(server)
      .get('/')
      .set('Accept-Encoding', 'identity')
      .set('If-None-Match', first.header.etag);
    expect(again.status).toBe(304);
    expect(again.header['cache-control']).toBe('no-cache');
  });

  test('answers a missing asset with 404, never the page; other paths go on to the API', async () => {
    const missing = await get('/assets/index-Gone999.js', 'br');
    expect(missing.status).toBe(404);
    expect(missing.header['content-type']).not.toContain('text/html');
    expect((await get('/.vite/manifest.json')).body.toString()).toBe('{"from":"api"}');
    expect((await get('/graphql')).body.toString()).toBe('{"from":"api"}');
    const post = await request(server).post('/index.html');
    expect(post.text).toBe('{"from":"api"}');
  });

  test('answers HEAD with the headers alone', async () => {
    const res = await request(server).head(asset).set('Accept-Encoding', 'br');
    expect(res.status).toBe(200);
    expect(res.header['content-encoding']).toBe('br');
    expect(res.text).toBeUndefined();
  });
});

describe('acceptedCodings', () => {
  test('reads q-values and the wildcard', () => {
    expect([...acceptedCodings('gzip;q=0.5, br')]).toEqual(['br', 'gzip']);
    expect([...acceptedCodings('br;q=0, gzip;q=0')]).toEqual([]);
    expect([...acceptedCodings('*')]).toEqual(['br', 'gzip']);
    expect([...acceptedCodings('*, br;q=0')]).toEqual(['gzip']);
    expect([...acceptedCodings(undefined)]).toEqual([]);
  });
});
