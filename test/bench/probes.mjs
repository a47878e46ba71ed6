// (h) Hostile requests (issue 16): hundreds of aliased introspections and nested fan-outs, anonymous,
// must be refused before they run, and the process must stay responsive while they arrive.
import { loadGraphql, summarize } from './load.mjs';

const aliased = (count, selection) =>
  `{ ${Array.from({ length: count }, (_, index) => `a${index}: ${selection}`).join(' ')} }`;

const PROBES = [
  aliased(400, '__schema { types { name fields { name args { name } type { name ofType { name } } } } }'),
  aliased(100, 'allOffices { id code children { id code parent { id code children { id } } } }'),
];

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

export async function hostileProbes({ url, options }) {
  const health = [];
  let probing = true;
  const watchHealth = (async () => {
    while (probing) {
      const started = performance.now();
      await fetch(`${url}/health/live`);
      health.push(performance.now() - started);
      await sleep(20);
    }
  })();
  let sent = 0;
  const load = await loadGraphql(url, {
    connections: options.connections,
    duration: Math.min(options.duration, 5),
    next: () => ({ token: null, query: PROBES[sent++ % PROBES.length] }),
  });
  probing = false;
  await watchHealth;
  return [
    {
      name: '(h) hostile probes (400 aliased introspections, 100 nested fan-outs), anonymous',
      p50: load.p50,
      p95: load.p95,
      throughput: load.throughput,
      // Each probe must be refused: an answered one is the error here.
      errors: load.requests - load.errors,
      note: 'errors: probes answered instead of refused',
    },
    { name: '(h) /health/live while the probes arrive', ...summarize(health), errors: 0 },
  ];
}
