// The results table, judged against the targets of issue 7 at the default scale, and
// docs/performance.md's generated section (between its bench markers).
import { readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { ROOT } from '../support/app-process.mjs';

const TARGETS = [
  {
    match: /^\(a\)/,
    text: 'p95 ≤ 50 ms, ≥ 200 req/s, API/SQL ≤ 3',
    met: (r) => r.p95 <= 50 && r.throughput >= 200 && ratioMet(r),
  },
  { match: /^\(b\)/, text: 'API/SQL ≤ 3', met: (r) => ratioMet(r) },
  { match: /^\(c\)/, text: 'API/SQL ≤ 3', met: (r) => ratioMet(r) },
  { match: /^\(d\)/, text: '≥ 100/s, 0 errors', met: (r) => r.throughput >= 100 && r.errors === 0 },
  { match: /^\(e\) tracking/, text: '≤ 5 s, ≤ 300 MB', met: (r) => r.p50 <= 5000 && r.peakMb <= 300 },
  { match: /^\(f\)/, text: '≤ 5 s', met: (r) => r.p50 <= 5000 },
  { match: /^\(g\) start/, text: '≤ 10 s', met: (r) => r.p50 <= 10_000 },
  { match: /^\(h\) hostile/, text: 'every probe refused', met: (r) => r.errors === 0 },
  { match: /^\(h\) \/health/, text: 'p95 < 50 ms', met: (r) => r.p95 < 50 },
];

const ratio = (row) => (row.sqlP50 && row.apiAloneP50 ? row.apiAloneP50 / row.sqlP50 : null);
const ratioMet = (row) => ratio(row) === null || ratio(row) <= 3;
const ms = (value) =>
  value === undefined || value === null || Number.isNaN(value)
    ? ''
    : value >= 1000
      ? `${(value / 1000).toFixed(2)} s`
      : `${value.toFixed(1)} ms`;

export function markdownTable(rows, scale) {
  const lines = [
    '| measure | p50 | p95 | throughput | errors | peak RSS | API alone p50 | SQL p50 | API / SQL | target | met |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- | :---: |',
  ];
  for (const row of rows) {
    const target = TARGETS.find((candidate) => candidate.match.test(row.name));
    const judged = target && scale === 'default' ? (target.met(row) ? 'yes' : '**no**') : '';
    lines.push(
      `| ${row.name}${row.note ? ` (${row.note})` : ''} | ${ms(row.p50)} | ${ms(row.p95)} | ${row.throughput ? `${Math.round(row.throughput)}/s` : ''} | ${row.errors ?? ''} | ${row.peakMb ? `${row.peakMb} MB` : ''} | ${ms(row.apiAloneP50)} | ${ms(row.sqlP50)} | ${ratio(row) ? ratio(row).toFixed(1) : ''}${row.sameAnswer === false ? ' (answers differ!)' : ''} | ${target?.text ?? ''} | ${judged} |`,
    );
  }
  return lines.join('\n');
}

/** The query plans of the heavy statements, as PostgreSQL ran them. */
export async function explainPlans(client, statements) {
  const plans = [];
  for (const { name, sql, parameters } of statements) {
    const { rows } = await client.query(`EXPLAIN (ANALYZE, BUFFERS) ${sql}`, parameters);
    plans.push({ name, plan: rows.map((row) => row['QUERY PLAN']).join('\n') });
  }
  return plans;
}

export async function writePerformanceDoc({ table, summary, options, generationMs, buildMs, plans, postgres }) {
  const cpus = os.cpus();
  const generated = [
    '<!-- bench:start (written by `npm run bench -- --write`; edit around it, not inside) -->',
    `Run of ${new Date().toISOString().slice(0, 10)} at scale \`${options.scale}\`: ${cpus.length} × ${cpus[0]?.model ?? 'CPU'}, ` +
      `${Math.round(os.totalmem() / 2 ** 30)} GiB, ${os.type()} ${os.release()}, Node ${process.version}, ${postgres ?? 'embedded PGlite'}; ` +
      `load from autocannon over loopback, ${options.connections} connections for ${options.duration} s per read measure, ` +
      `${options.submitConnections} for submissions.`,
    '',
    `Data: ${Object.entries(summary)
      .map(([key, value]) => `${value.toLocaleString('en')} ${key}`)
      .join(', ')} ` + `(generated in ${(generationMs / 1000).toFixed(1)} s; build ${(buildMs / 1000).toFixed(1)} s).`,
    '',
    table,
    '',
    ...(plans ?? []).flatMap(({ name, plan }) => [`#### Plan: ${name}`, '', '```text', plan, '```', '']),
    '<!-- bench:end -->',
  ].join('\n');
  const path = `${ROOT}/docs/performance.md`;
  const current = readFileSync(path, 'utf8');
  const pattern = /<!-- bench:start[\s\S]*?<!-- bench:end -->/;
  if (!pattern.test(current)) throw new Error('docs/performance.md has no bench markers');
  writeFileSync(path, current.replace(pattern, generated));
}
