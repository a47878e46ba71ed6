// The JavaScript a programme officer's first page downloads, measured on the real build (admin-ui/dist) from its
// manifest: the entry (index.html's script and what it imports) and the first route's chunk and what it imports;
// a French or Spanish interface adds its language's chunk, shown beside. Sizes are those the API sends
// (platform/web-ui): the .br and .gz copies the build wrote. The budget is on brotli, what browsers take over HTTPS.
// `npm run check:first-load [-- <dist>]` prints them and fails over the budget; the smoke test prints them.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const BUDGET_BYTES = 300 * 1024;
export const DIST = fileURLToPath(new URL('../../admin-ui/dist', import.meta.url));

/** Where a programme officer may land: the home page (dashboard) and My report; each is measured. */
export const FIRST_ROUTES = ['src/results/dashboard/Dashboard.tsx', 'src/dwcp/progress-reports/routes.tsx'];
const LOCALES = ['src/app/i18n/locales/fr.ts', 'src/app/i18n/locales/es.ts'];

const size = (path) => (existsSync(path) ? statSync(path).size : undefined);

/** A file's raw, gzip and brotli sizes; a copy the build did not write (no smaller) counts as the raw file. */
function sizes(dist, file) {
  const raw = statSync(join(dist, file)).size;
  return { raw, gzip: size(join(dist, `${file}.gz`)) ?? raw, brotli: size(join(dist, `${file}.br`)) ?? raw };
}

/** The JS files `keys` load before running: themselves and their static imports, transitively. */
function staticClosure(manifest, keys) {
  const seen = new Set();
  const visit = (key) => {
    if (seen.has(key)) return;
    const chunk = manifest[key];
    if (!chunk) throw new Error(`the manifest has no ${key}: was it renamed? (test/perf/first-load-budget.mjs)`);
    seen.add(key);
    for (const imported of chunk.imports ?? []) visit(imported);
  };
  keys.forEach(visit);
  return [...seen].map((key) => manifest[key].file).filter((file) => /\.m?js$/.test(file));
}

const total = (dist, files) =>
  files.reduce(
    (sum, file) => {
      const one = sizes(dist, file);
      return { raw: sum.raw + one.raw, gzip: sum.gzip + one.gzip, brotli: sum.brotli + one.brotli };
    },
    { raw: 0, gzip: 0, brotli: 0 },
  );

/** For each first route: the files and their summed sizes, with the heaviest language. */
export function measureFirstLoad(dist = DIST) {
  const manifestPath = join(dist, '.vite', 'manifest.json');
  if (!existsSync(manifestPath)) throw new Error(`no ${manifestPath}: build the UI first (npm run build -w admin-ui)`);
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
  const entry = Object.keys(manifest).find((key) => manifest[key].isEntry);
  const heaviestLocale = LOCALES.map((key) => ({ key, ...total(dist, staticClosure(manifest, [key])) })).sort(
    (a, b) => b.gzip - a.gzip,
  )[0].key;
  return FIRST_ROUTES.map((route) => {
    const files = staticClosure(manifest, [entry, route]);
    const language = staticClosure(manifest, [heaviestLocale]).filter((file) => !files.includes(file));
    return { route, files, ...total(dist, files), language: { locale: heaviestLocale, ...total(dist, language) } };
  });
}

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  let over = false;
  for (const { route, files, raw, gzip, brotli, language } of measureFirstLoad(process.argv[2])) {
    over ||= brotli > BUDGET_BYTES;
    console.log(
      `${brotli > BUDGET_BYTES ? 'OVER' : 'ok  '} ${route}: ${files.length} JS files, ${kb(raw)} raw, ` +
        `${kb(gzip)} gzip, ${kb(brotli)} brotli (budget ${kb(BUDGET_BYTES)} brotli); ` +
        `${language.locale} adds ${kb(language.raw)} raw, ${kb(language.gzip)} gzip, ${kb(language.brotli)} brotli`,
    );
  }
  if (over) process.exitCode = 1;
}
