import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join, relative, sep } from 'node:path';

/** One way of sending a file: as built, or its brotli / gzip copy. */
export interface Variant {
  body: Buffer;
  etag: string;
}

export type Coding = 'br' | 'gzip';

export interface UiFile {
  type: string;
  cacheControl: string;
  identity: Variant;
  /** The compressed copies the build wrote beside the file (admin-ui/vite-precompress.ts). */
  encoded: Partial<Record<Coding, Variant>>;
}

/** Hashed names (assets/name-HASH.js) change with their content: a browser may keep them for a year. */
export const IMMUTABLE = 'public, max-age=31536000, immutable';
/** index.html names the current hashed files: a browser asks again every time (a 304 when unchanged). */
export const REVALIDATE = 'no-cache';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.txt': 'text/plain; charset=utf-8',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
};
const SUFFIX: Record<Coding, string> = { br: '.br', gzip: '.gz' };

const walk = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    // Dot files and folders (.vite/manifest.json) are build records, not the interface.
    if (name.startsWith('.')) return [];
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });

const variant = (path: string): Variant => {
  const body = readFileSync(path);
  return { body, etag: `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"` };
};

/**
 * The built interface, read once at start (the API is restarted after a build) and kept in memory: a few MB,
 * answered without touching the disk. Keys are URL paths (`/index.html`, `/assets/index-abc123.js`).
 */
export function readUiFiles(dir: string): Map<string, UiFile> {
  const files = new Map<string, UiFile>();
  if (!existsSync(dir)) return files;
  for (const path of walk(dir)) {
    if (path.endsWith('.br') || path.endsWith('.gz')) continue;
    const url = `/${relative(dir, path).split(sep).join('/')}`;
    const encoded: UiFile['encoded'] = {};
    for (const coding of ['br', 'gzip'] as const) {
      if (existsSync(path + SUFFIX[coding])) encoded[coding] = variant(path + SUFFIX[coding]);
    }
    files.set(url, {
      type: TYPES[extname(path)] ?? 'application/octet-stream',
      cacheControl: url.startsWith('/assets/') ? IMMUTABLE : REVALIDATE,
      identity: variant(path),
      encoded,
    });
  }
  return files;
}
