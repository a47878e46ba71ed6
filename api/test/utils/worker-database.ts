// Jest setup file: before a test file loads the API (whose configuration reads DATABASE_URL as it
// is imported), points it at this worker's own database (global-setup.mjs).
const urls = (process.env.TEST_DATABASE_URLS ?? '').split(' ').filter(Boolean);
const worker = Number(process.env.JEST_WORKER_ID ?? '1');
const url = urls[(worker - 1) % Math.max(urls.length, 1)];
if (!url) throw new Error('no test database: run the integration tests through jest.integration.config.js');
process.env.DATABASE_URL = url;
