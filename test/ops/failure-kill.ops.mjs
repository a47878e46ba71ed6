// SIGKILL in the middle of a progress-report submission and of a template import: after a restart,
// the database holds the whole change or none of it. The proxy stops the transaction at its
// COMMIT: held back before PostgreSQL sees it (none), or let through with the answer held back so
// the API dies not knowing it committed (whole). The state is read straight from the database.
import { apiEnv, startApi } from './support/api-process.mjs';
import { assert, assertEqual, downloadTemplate, draftReport, getJson, gql, uploadTemplate } from './support/http.mjs';
import { startPgProxy } from './support/pg-proxy.mjs';
import { createDemoDatabase } from './support/demo-database.mjs';
import { query } from './support/postgres.mjs';

/**
 * Starts the API behind a proxy on a fresh demo database, lets `prepare(url)` set up and return the
 * request to interrupt, stops that request's transaction at COMMIT (`where`), kills the API, starts
 * it again and hands `check` the database URL.
 */
async function killedAtCommit(where, prepare, check) {
  const database = await createDemoDatabase();
  const proxy = await startPgProxy(database.url);
  const { env, cleanUp } = await apiEnv(proxy.urlFor(database.url));
  let api = startApi(env);
  try {
    const interrupted = await prepare(await api.ready, database.url);
    const stopped = proxy.stopAtNextCommit(where);
    const answer = interrupted().catch((error) => error);
    // A request answered before its COMMIT was reached (refused, say) would leave the wait below hanging.
    const early = await Promise.race([stopped.then(() => null), answer.then((value) => ({ value }))]);
    if (early)
      throw new Error(
        `the request was answered before its COMMIT: ${JSON.stringify(early.value?.body ?? String(early.value))}`,
      );
    await api.kill();
    assert((await answer) instanceof Error, 'the request never got its answer');
    proxy.release();

    api = startApi(env);
    const url = await api.ready;
    assertEqual((await getJson(url, '/health/ready')).status, 200, 'ready after the restart');
    await check(database.url, url);
    assertEqual((await api.stop()).code, 0, 'stops cleanly');
  } finally {
    await api.kill();
    await proxy.close();
    await database.drop();
    cleanUp();
  }
}

const submissionState = async (databaseUrl, reportId) =>
  (
    await query(
      databaseUrl,
      `SELECT r.status, r.version,
        (SELECT count(*)::int FROM report_snapshot s WHERE s.report_id = r.id) AS snapshots,
        (SELECT count(*)::int FROM audit_entry a
          WHERE a.entity_type = 'ProgressReport' AND a.entity_id = r.id AND a.action = 'SUBMIT') AS audits,
        (SELECT count(*)::int FROM notification n WHERE n.report_id = r.id) AS notifications
       FROM progress_report r WHERE r.id = $1`,
      [reportId],
    )
  )[0];

const importState = async (databaseUrl, reportId) =>
  (
    await query(
      databaseUrl,
      `SELECT r.version, r.achievements,
        (SELECT json_agg(json_build_object('status', l.status, 'percent', l.percent_complete, 'narrative', l.narrative)
          ORDER BY l.id) FROM progress_report_line l WHERE l.report_id = r.id) AS lines,
        (SELECT json_agg(x.value ORDER BY x.id) FROM indicator_result x WHERE x.report_id = r.id) AS results,
        (SELECT count(*)::int FROM audit_entry a WHERE a.entity_type = 'ProgressReport' AND a.entity_id = r.id) AS audits
       FROM progress_report r WHERE r.id = $1`,
      [reportId],
    )
  )[0];

/** A draft report, submitted through GraphQL; `check(before, after)` judges the state after the restart. */
const submissionKilled = (where, check) => {
  let draft;
  let before;
  return killedAtCommit(
    where,
    async (url, databaseUrl) => {
      draft = await draftReport(url);
      before = await submissionState(databaseUrl, draft.report.id);
      const mutation = `mutation { submitProgressReport(id: "${draft.report.id}", version: ${draft.report.version}) { status } }`;
      return () => gql(url, mutation, { token: draft.token });
    },
    async (databaseUrl, url) => check(before, await submissionState(databaseUrl, draft.report.id), { url, draft }),
  );
};

/** The draft's offline template with every plan item, the achievements and one indicator filled in. */
async function filledTemplate(url, draft) {
  const workbook = await downloadTemplate(url, draft);
  workbook.getWorksheet('Report').getCell('D2').value = 'Filled offline, then the server was killed';
  const lines = workbook.getWorksheet('Plan items');
  for (let row = 2; row <= lines.rowCount; row++) {
    lines.getCell(`F${row}`).value = 'Completed';
    lines.getCell(`G${row}`).value = 100;
    lines.getCell(`H${row}`).value = `Done offline (row ${row})`;
  }
  const indicators = workbook.getWorksheet('Indicators');
  for (let row = 2; row <= indicators.rowCount; row++) {
    if (!indicators.getCell(`E${row}`).text.startsWith('Number')) continue;
    indicators.getCell(`H${row}`).value = 14;
    break;
  }
  return { workbook, lineCount: lines.rowCount - 1 };
}

const importKilled = (where, check) => {
  let draft;
  let before;
  let lineCount;
  return killedAtCommit(
    where,
    async (url, databaseUrl) => {
      draft = await draftReport(url);
      before = await importState(databaseUrl, draft.report.id);
      const filled = await filledTemplate(url, draft);
      lineCount = filled.lineCount;
      return async () => {
        const response = await uploadTemplate(url, draft.token, filled.workbook);
        throw new Error(`the upload was answered: ${response.status} ${JSON.stringify(response.body)}`);
      };
    },
    async (databaseUrl) => check(before, await importState(databaseUrl, draft.report.id), lineCount),
  );
};

export default [
  {
    name: 'SIGKILL before a submission commits: none of it after the restart, and it can be submitted again',
    run: () =>
      submissionKilled('before', async (before, after, { url, draft }) => {
        assertEqual(after, before, 'the report, its snapshots, audit entries and notifications');
        const again = await gql(
          url,
          `mutation { submitProgressReport(id: "${draft.report.id}", version: ${draft.report.version}) { status } }`,
          { token: draft.token },
        );
        assertEqual(again.body.data?.submitProgressReport?.status, 'SUBMITTED', 'submitted after the restart');
      }),
  },
  {
    name: 'SIGKILL after a submission commits, before the API hears of it: the whole of it after the restart',
    run: () =>
      submissionKilled('after', async (before, after) => {
        assertEqual(
          after,
          {
            ...before,
            status: 'SUBMITTED',
            version: after.version,
            snapshots: before.snapshots + 1,
            audits: 1,
            notifications: after.notifications,
          },
          'the submitted report with its snapshot and audit entry',
        );
        assert(after.notifications > before.notifications, 'and the reviewers notified');
      }),
  },
  {
    name: 'SIGKILL before a template import commits: none of it after the restart',
    run: () =>
      importKilled('before', async (before, after) => {
        assertEqual(after, before, 'the report, its lines, results and audit entries');
      }),
  },
  {
    name: 'SIGKILL after a template import commits, before the API hears of it: the whole of it after the restart',
    run: () =>
      importKilled('after', async (before, after, lineCount) => {
        assertEqual(after.achievements, 'Filled offline, then the server was killed', 'the achievements');
        assertEqual(after.version, before.version + 1, 'the version');
        const expected = Array.from({ length: lineCount }, (_, index) => `Done offline (row ${index + 2})`);
        assertEqual(after.lines.map((line) => line.narrative).sort(), expected.sort(), 'every line');
        assert(
          after.lines.every((line) => line.status === 'COMPLETED' && line.percent === 100),
          `every line completed: ${JSON.stringify(after.lines)}`,
        );
        assertEqual(after.results, [14], 'the indicator result');
        assert(after.audits > before.audits, 'the audit entry');
      }),
  },
];
