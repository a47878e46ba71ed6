// SIGTERM while a request is under way: the API stops accepting connections at once, lets the
// request finish, and exits 0; a request that never finishes is cut after SHUTDOWN_TIMEOUT_MS (exit 1).
// The request kept under way is a report submission whose COMMIT the proxy holds back.
import { connect } from 'node:net';
import { assert, assertEqual, draftReport, gql } from './support/http.mjs';
import { withApiBehindProxy } from './support/proxied-api.mjs';
import { query } from './support/postgres.mjs';

const submit = (url, { token, report }) =>
  gql(url, `mutation { submitProgressReport(id: "${report.id}", version: ${report.version}) { status } }`, { token });

/** Whether a new TCP connection to the API's port is refused. */
const refusesConnections = (url) =>
  new Promise((resolve) => {
    const { hostname, port } = new URL(url);
    const socket = connect(Number(port), hostname === 'localhost' ? '127.0.0.1' : hostname);
    socket.on('connect', () => {
      socket.destroy();
      resolve(false);
    });
    socket.on('error', (error) => resolve(error.code === 'ECONNREFUSED'));
  });

function withSubmissionHeld(overrides, work) {
  return withApiBehindProxy(async ({ url, api, proxy, database }) => {
    const draft = await draftReport(url);
    const held = proxy.stopAtNextCommit('before');
    const submission = submit(url, draft).catch((error) => error);
    await held;
    api.child.kill('SIGTERM');
    await api.waitForOutput(/SIGTERM received/);
    const status = async () =>
      (await query(database.url, 'SELECT status FROM progress_report WHERE id = $1', [draft.report.id]))[0].status;
    await work({ url, api, proxy, submission, status });
  }, overrides);
}

export default [
  {
    name: 'SIGTERM: no new connections, the request under way finishes and is saved, exit 0',
    run: () =>
      withSubmissionHeld({}, async ({ url, api, proxy, submission, status }) => {
        assert(await refusesConnections(url), 'new connections are refused once SIGTERM is received');
        assert(api.child.exitCode === null, 'the API waits for the request under way');
        proxy.release();
        const answer = await submission;
        assertEqual([answer.status, answer.body?.data?.submitProgressReport?.status], [200, 'SUBMITTED'], 'its answer');
        assertEqual(await api.exited, { code: 0, signal: null }, 'exit');
        assertEqual(await status(), 'SUBMITTED', 'the submission is saved');
        assert(/"msg":"stopped"/.test(api.stdout()), 'it says it stopped');
      }),
  },
  {
    name: 'SIGTERM: a request still under way after SHUTDOWN_TIMEOUT_MS is cut, exit 1, nothing of it saved',
    run: () =>
      withSubmissionHeld({ SHUTDOWN_TIMEOUT_MS: '500' }, async ({ api, submission, status }) => {
        assertEqual(await api.exited, { code: 1, signal: null }, 'exit');
        assert(/requests still under way 500 ms after SIGTERM/.test(api.stdout()), 'it says why:\n' + api.output());
        assert((await submission) instanceof Error, 'the request got no answer');
        assertEqual(await status(), 'DRAFT', 'the report is as it was');
      }),
  },
];
