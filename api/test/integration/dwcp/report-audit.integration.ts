import { beforeAll, describe, expect, it } from '@jest/globals';
import { dataOf } from '#test/utils/expect-graphql.js';
import { sharedTestApp, type TestApp } from '#test/utils/test-app.js';
import {
  login,
  reportVersion,
  templateFixture,
  templateWorkbook,
  toBuffer,
  uploadTemplate,
  type TemplateFixture,
} from '#test/integration/dwcp/report-template/template-helpers.js';

interface Entry {
  entityType: string;
  entityId: string;
  action: string;
  via: string;
  userEmail: string | null;
  changes: { field: string; before: string | null; after: string | null }[];
}

const TRAIL = `query ($type: String!, $id: ID!) {
  auditTrail(entityType: $type, entityId: $id) { entityType entityId action via userEmail changes { field before after } } }`;

/** Every path that changes a report's values leaves its history, with before and after. */
describe("a report's values and their history", () => {
  let t: TestApp;
  let fixture: TemplateFixture;
  let manager: string;
  let line: { id: string; planItemId: string };
  let componentId: string;

  beforeAll(async () => {
    t = await sharedTestApp();
    fixture = await templateFixture(t);
    manager = await login(t, 'manager@example.org');
    const { ProgressReport, allIndicatorComponents } = dataOf(
      await t.gql<{
        ProgressReport: { lines: { id: string; planItemId: string }[] };
        allIndicatorComponents: { id: string; effectiveMeasure: string }[];
      }>(
        `{ ProgressReport(id: "${fixture.ids.report}") { lines { id planItemId } }
           allIndicatorComponents(perPage: 100) { id effectiveMeasure } }`,
        undefined,
        fixture.po,
      ),
    );
    line = ProgressReport.lines[0]!;
    componentId = allIndicatorComponents.find((component) => component.effectiveMeasure === 'NUMBER')!.id;
  });

  const trail = async (type: string, id: string, token = manager) =>
    dataOf(await t.gql<{ auditTrail: Entry[] }>(TRAIL, { type, id }, token)).auditTrail;
  const version = () => reportVersion(t, fixture.ids.report);
  const save = async (body: string) =>
    dataOf(
      await t.gql<{ updateProgressReport: { version: number } }>(
        `mutation { updateProgressReport(id: "${fixture.ids.report}", version: ${await version()}, ${body}) { version } }`,
        undefined,
        fixture.po,
      ),
    ).updateProgressReport;

  it('records a line and a result saved through the form, each field before and after', async () => {
    await save(
      `lines: [{ planItemId: "${line.planItemId}", status: ON_TRACK, percentComplete: 40 }]
       results: [{ componentId: "${componentId}", value: 3, narrative: "Three series" }]`,
    );
    await save(`results: [{ componentId: "${componentId}", value: 5, narrative: "Three series" }]`);
    const entries = await trail('ProgressReport', fixture.ids.report);
    const [carried, lineEntry] = entries.filter(
      (entry) => entry.entityType === 'ProgressReportLine' && entry.action === 'UPDATE' && entry.entityId === line.id,
    );
    // The new report started from the demo's 2009-Q2 line (carried forward), then the form changed it.
    expect(carried).toMatchObject({ via: 'FORM', userEmail: 'dhaka.po@example.org' });
    expect(carried!.changes).toEqual(
      expect.arrayContaining([
        { field: 'status', before: '"NOT_STARTED"', after: '"ON_TRACK"' },
        { field: 'carriedForward', before: 'false', after: 'true' },
      ]),
    );
    expect(lineEntry).toMatchObject({ entityId: line.id, via: 'FORM', userEmail: 'dhaka.po@example.org' });
    expect(lineEntry!.changes).toEqual(
      expect.arrayContaining([
        { field: 'percentComplete', before: '50', after: '40' },
        { field: 'carriedForward', before: 'true', after: 'false' },
      ]),
    );
    const results = entries.filter((entry) => entry.entityType === 'IndicatorResult');
    expect(results.map((entry) => [entry.action, entry.via])).toEqual([
      ['CREATE', 'FORM'],
      ['UPDATE', 'FORM'],
    ]);
    expect(results[1]!.changes).toEqual([{ field: 'value', before: '3', after: '5' }]);
    // The result's own trail is the same history.
    expect((await trail('IndicatorResult', results[0]!.entityId)).map((entry) => entry.action)).toEqual([
      'CREATE',
      'UPDATE',
    ]);
  });

  it('writes nothing, and keeps the version, when a save changes nothing', async () => {
    const before = await trail('ProgressReport', fixture.ids.report);
    const current = await version();
    const saved = await save(
      `lines: [{ planItemId: "${line.planItemId}", status: ON_TRACK, percentComplete: 40 }]
       results: [{ componentId: "${componentId}", value: 5, narrative: "Three series" }]`,
    );
    expect(saved.version).toBe(current);
    expect(await trail('ProgressReport', fixture.ids.report)).toEqual(before);
  });

  it('records what the template import changed, as an import', async () => {
    const workbook = await templateWorkbook(t, fixture.ids.dhaka, fixture.ids.q3, fixture.po);
    workbook.getWorksheet('Report')!.getCell('D2').value = 'Written offline';
    const response = await uploadTemplate(t, await toBuffer(workbook), fixture.po);
    expect(response.status).toBe(200);
    const entries = await trail('ProgressReport', fixture.ids.report);
    expect(entries.at(-1)).toMatchObject({
      entityType: 'ProgressReport',
      action: 'UPDATE',
      via: 'TEMPLATE_IMPORT',
      userEmail: 'dhaka.po@example.org',
    });
    expect(entries.at(-1)!.changes).toEqual(
      expect.arrayContaining([{ field: 'achievements', before: null, after: '"Written offline"' }]),
    );
  });

  it('records submission, return and approval as workflow steps', async () => {
    const submit = async () =>
      dataOf(
        await t.gql(
          `mutation { submitProgressReport(id: "${fixture.ids.report}", version: ${await version()}) { id } }`,
          undefined,
          fixture.po,
        ),
      );
    await submit();
    dataOf(
      await t.gql(
        `mutation { returnProgressReport(id: "${fixture.ids.report}", reason: "Check the series", lineComments: [{ lineId: "${line.id}", comment: "Which ones?" }]) { id } }`,
        undefined,
        manager,
      ),
    );
    await save(`achievements: "Five series, listed"`);
    await submit();
    dataOf(await t.gql(`mutation { approveProgressReport(id: "${fixture.ids.report}") { id } }`, undefined, manager));
    const steps = (await trail('ProgressReport', fixture.ids.report)).filter((entry) => entry.via === 'WORKFLOW');
    expect(steps.map((entry) => [entry.entityType, entry.action])).toEqual([
      ['ProgressReport', 'SUBMIT'],
      ['ProgressReportLine', 'RETURN'],
      ['ProgressReport', 'RETURN'],
      ['ProgressReport', 'SUBMIT'],
      ['ProgressReport', 'APPROVE'],
    ]);
    expect(steps[1]!.changes).toEqual(expect.arrayContaining([{ field: 'flagged', before: 'false', after: 'true' }]));
  });
});
