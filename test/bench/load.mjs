// Load generation over loopback with autocannon; latencies are kept per request so that p50 and
// p95 come from every response, and GraphQL errors (HTTP 200 with "errors") count as errors.
import autocannon from 'autocannon';
import { graphql as request, signInOverApi } from '../requests/graphql.mjs';

export function percentile(sorted, share) {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil(share * sorted.length) - 1)];
}

export function summarize(latencies) {
  const sorted = [...latencies].sort((a, b) => a - b);
  return { p50: percentile(sorted, 0.5), p95: percentile(sorted, 0.95), count: sorted.length };
}

// Apollo writes "errors" before "data" whenever there are any: a body opening with "data" has
// none, and the load generator need not parse 400 KB on the machine it is measuring.
const graphqlFailed = (body) => {
  if (body.startsWith('{"data":')) return false;
  try {
    return Boolean(JSON.parse(body).errors);
  } catch {
    return true;
  }
};

/**
 * Runs `connections` parallel clients for `duration` seconds (or `amount` requests), every request
 * built by `next()`: { token (null: anonymous), query, variables }, or null when there is nothing left to send.
 */
export async function loadGraphql(url, { connections, duration, amount, next }) {
  const latencies = [];
  let errors = 0;
  let firstError = null;
  const instance = autocannon({
    url: `${url}/graphql`,
    connections,
    ...(amount ? { amount } : { duration }),
    requests: [
      {
        method: 'POST',
        setupRequest: (request) => {
          const job = next();
          if (!job) return null;
          return {
            ...request,
            headers: {
              'content-type': 'application/json',
              ...(job.token ? { authorization: `Bearer ${job.token}` } : {}),
            },
            body: JSON.stringify({ query: job.query, variables: job.variables ?? {} }),
          };
        },
        onResponse: (status, body) => {
          if (status !== 200 || graphqlFailed(body)) {
            errors += 1;
            firstError ??= `${status} ${String(body).slice(0, 300)}`;
          }
        },
      },
    ],
  });
  instance.on('response', (_client, _status, _bytes, responseTime) => latencies.push(responseTime));
  const result = await instance;
  return {
    ...summarize(latencies),
    throughput: result.requests.average,
    requests: result.requests.total,
    errors: errors + result.errors + result.timeouts,
    firstError,
    seconds: result.duration,
  };
}

/** Times one call `runs` times in a row. */
export async function timeSequential(runs, call) {
  const latencies = [];
  for (let run = 0; run < runs; run += 1) {
    const started = performance.now();
    await call();
    latencies.push(performance.now() - started);
  }
  return summarize(latencies);
}

/** The data of a GraphQL call made as the browser makes it (test/requests); errors throw. */
export const graphql = async (url, token, query, variables) => (await request(url, token, query, variables)).data;

export const login = signInOverApi;
