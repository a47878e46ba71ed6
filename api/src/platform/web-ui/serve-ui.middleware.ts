import type { IncomingMessage, ServerResponse } from 'node:http';
import { type Coding, readUiFiles, REVALIDATE, type UiFile } from '#src/platform/web-ui/ui-files.js';

/** The codings a request's Accept-Encoding allows (q > 0); `*` allows any not named. */
export function acceptedCodings(header: string | undefined): Set<Coding> {
  const accepted = new Set<Coding>();
  if (!header) return accepted;
  const named = new Map<string, number>();
  for (const part of header.split(',')) {
    const [name, ...params] = part.trim().toLowerCase().split(';');
    const q = params.map((param) => /^\s*q=([\d.]+)\s*$/.exec(param)).find(Boolean);
    if (name) named.set(name.trim(), q ? Number(q[1]) : 1);
  }
  for (const coding of ['br', 'gzip'] as const) {
    const q = named.get(coding) ?? (coding === 'gzip' ? named.get('x-gzip') : undefined) ?? named.get('*');
    if (q !== undefined && q > 0) accepted.add(coding);
  }
  return accepted;
}

/** Brotli when the browser takes it, else gzip, else the file as built. */
export function chooseVariant(file: UiFile, acceptEncoding: string | undefined) {
  const accepted = acceptedCodings(acceptEncoding);
  for (const coding of ['br', 'gzip'] as const) {
    const variant = file.encoded[coding];
    if (variant && accepted.has(coding)) return { coding, variant };
  }
  return { coding: undefined, variant: file.identity };
}

const matches = (ifNoneMatch: string | undefined, etag: string) =>
  ifNoneMatch !== undefined && ifNoneMatch.split(',').some((tag) => [etag, `W/${etag}`, '*'].includes(tag.trim()));

/**
 * Serves the built react-admin interface (admin-ui/dist) on the API's port: each file compressed as the browser
 * accepts (the build's .br / .gz copies, never compressed per request), hashed assets cached for a year, index.html
 * revalidated on every load. A path under /assets/ that is not a built file is a 404, never the page. Anything else
 * (GraphQL, exports, health) goes on to the API.
 */
export function serveUi(dir: string) {
  const files = readUiFiles(dir);
  return (request: IncomingMessage, response: ServerResponse, next: () => void) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return next();
    const pathname = new URL(request.url ?? '/', 'http://ui').pathname;
    const path = pathname === '/' ? '/index.html' : pathname;
    const file = files.get(path);
    if (!file) {
      if (!path.startsWith('/assets/')) return next();
      response.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': REVALIDATE });
      return response.end('Not found');
    }
    const { coding, variant } = chooseVariant(file, request.headers['accept-encoding']);
    response.setHeader('Content-Type', file.type);
    response.setHeader('Cache-Control', file.cacheControl);
    if (Object.keys(file.encoded).length > 0) response.setHeader('Vary', 'Accept-Encoding');
    if (coding) response.setHeader('Content-Encoding', coding);
    response.setHeader('ETag', variant.etag);
    if (matches(request.headers['if-none-match'], variant.etag)) {
      response.statusCode = 304;
      return response.end();
    }
    response.setHeader('Content-Length', variant.body.length);
    return request.method === 'HEAD' ? response.end() : response.end(variant.body);
  };
}
