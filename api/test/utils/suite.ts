import { afterAll } from '@jest/globals';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { closeSharedTestApp } from '#test/utils/test-app.js';

const INTEGRATION_DIR = fileURLToPath(new URL('../integration/', import.meta.url));

/** A file whose first lines say `// @embedded: <why>` also runs in the embedded-database suite. */
const EMBEDDED_TAG = /^\/\/ @embedded: \S/m;

const testFilesIn = (folder: string) =>
  readdirSync(join(INTEGRATION_DIR, folder), { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.integration.ts'))
    .map((file) => join(INTEGRATION_DIR, folder, file))
    .sort();

const taggedEmbedded = (file: string) => EMBEDDED_TAG.test(readFileSync(file, 'utf8').slice(0, 2000));

/**
 * Loads the test files of a suite into this Jest test file, so that they share one booted API
 * (sharedTestApp) and this worker's database: `folders` are under test/integration/; with
 * `embeddedOnly`, only the files tagged `// @embedded: ...` are taken.
 */
export async function loadSuite(folders: string[], { embeddedOnly = false } = {}): Promise<void> {
  afterAll(closeSharedTestApp);
  const files = folders.flatMap(testFilesIn).filter((file) => !embeddedOnly || taggedEmbedded(file));
  if (files.length === 0) throw new Error(`no integration test files in ${folders.join(', ')}`);
  for (const file of files) await import(pathToFileURL(file).href);
}
