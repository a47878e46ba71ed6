// @embedded: an import saves thousands of lines in one transaction (UPDATE from unnest) on the single connection.
import { beforeAll, describe, expect, it } from '@jest/globals';
import type ExcelJS from 'exceljs';
import { Role } from '#src/platform/auth/role.enum.js';
import { dataOf } from '#test/utils/expect-graphql.js';
import { sharedTestApp, type TestApp } from '#test/utils/test-app.js';
import {
  downloadTemplate,
  login,
  templateFixture,
  templateWorkbook,
  toBuffer,
  uploadTemplate,
  type TemplateFixture,
} from '#test/integration/dwcp/report-template/template-helpers.js';

interface ReportState {
  version: number;
  achievements: string | null;
  lines: { planItemId: string; status: string; percentComplete: number | null; narrative: string | null }[];
  results: { componentId: string; value: number | null; narrative: string | null }[];
}

/** exceljs reads sheet-level validations back per cell; its typings omit them. */
const validationAt = (sheet: ExcelJS.Worksheet, address: string) =>
  (sheet as unknown as { dataValidations: { model: Record<string, ExcelJS.DataValidation | undefined> } })
    .dataValidations.model[address];

const firstRowWhere = (sheet: ExcelJS.Worksheet, column: string, test: (text: string) => boolean): number => {
  for (let row = 2; row <= sheet.rowCount; row++) if (test(sheet.getCell(`${column}${row}`).text)) return row;
  throw new Error(`no row of ${sheet.name} matches in column ${column}`);
};

describe('the offline report template', () => {
  let t: TestApp;
  let fixture: TemplateFixture;

  const reportState = async (): Promise<ReportState> =>
    dataOf(
      await t.gql<{ ProgressReport: ReportState }>(
        `{ ProgressReport(id: "${fixture.ids.report}") { version achievements
            lines { planItemId status percentComplete narrative } results { componentId value narrative } } }`,
        undefined,
        fixture.po,
      ),
    ).ProgressReport;

  beforeAll(async () => {
    t = await sharedTestApp();
    fixture = await templateFixture(t);
  });

  it('comes pre-filled for the office and quarter, with its structure locked, ids hidden and input rules', async () => {
    const response = await downloadTemplate(t, `?officeId=${fixture.ids.dhaka}&periodId=${fixture.ids.q3}`, fixture.po);
    expect(response.status).toBe(200);
    expect(response.headers['content-disposition']).toBe('attachment; filename="CO-DHAKA-report-2009-Q3.xlsx"');

    const workbook = await templateWorkbook(t, fixture.ids.dhaka, fixture.ids.q3, fixture.po);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual([
      'Instructions',
      'Report',
      'Plan items',
      'Indicators',
      'Template',
    ]);
    expect(workbook.getWorksheet('Template')!.state).toBe('veryHidden');
    expect(workbook.getWorksheet('Instructions')!.getCell('B4').text).toBe('2009-Q3');

    const report = workbook.getWorksheet('Report')!;
    expect(report.getCell('A2').value).toBe(Number(fixture.ids.report));
    expect(report.getCell('C2').text).toBe('DRAFT');

    const state = await reportState();
    const lines = workbook.getWorksheet('Plan items')!;
    expect(lines.rowCount - 1).toBe(state.lines.length);
    expect(lines.getColumn(1).hidden).toBe(true);
    expect(lines.getCell('F1').text).toBe('Status');
    // Carried forward from the demo's 2009-Q2 report (issue 17, item 5).
    expect(lines.getCell('F2').text).toBe('On track');
    for (const sheet of [report, lines, workbook.getWorksheet('Indicators')!]) {
      expect((sheet as unknown as { sheetProtection: unknown }).sheetProtection).toMatchObject({ sheet: true });
    }
    expect(lines.getCell('F2').protection).toMatchObject({ locked: false });
    expect(lines.getCell('C2').protection?.locked).not.toBe(false);
    expect(validationAt(lines, 'F2')).toMatchObject({
      type: 'list',
      formulae: ['"Not started,On track,Delayed,Completed,Cancelled"'],
    });
    expect(validationAt(lines, 'G2')).toMatchObject({ type: 'decimal', formulae: [0, 100] });

    const indicators = workbook.getWorksheet('Indicators')!;
    expect(indicators.getColumn(1).hidden).toBe(true);
    expect(indicators.getColumn(2).hidden).toBe(true);
    expect(indicators.rowCount).toBeGreaterThan(1);
    const numeric = firstRowWhere(indicators, 'E', (text) => text.startsWith('Number'));
    expect(validationAt(indicators, `H${numeric}`)).toMatchObject({ type: 'decimal' });
    expect(indicators.getCell(`I${numeric}`).protection?.locked).not.toBe(false);
  });

  it('round-trips: filled by a script offline, uploaded, and every value is saved as the draft', async () => {
    const workbook = await templateWorkbook(t, fixture.ids.dhaka, fixture.ids.q3, fixture.po);
    workbook.getWorksheet('Report')!.getCell('D2').value = 'Survey fieldwork done offline';
    const lines = workbook.getWorksheet('Plan items')!;
    lines.getCell('F2').value = 'Completed';
    lines.getCell('G2').value = 100;
    lines.getCell('H2').value = 'Fieldwork finished in all eight divisions';
    lines.getCell('I2').value = '=Budget arrived late';
    const indicators = workbook.getWorksheet('Indicators')!;
    const numeric = firstRowWhere(indicators, 'E', (text) => text.startsWith('Number'));
    indicators.getCell(`H${numeric}`).value = 14;
    indicators.getCell(`J${numeric}`).value = 'Counted on the web site';
    const componentId = String(indicators.getCell(`B${numeric}`).value);

    const response = await uploadTemplate(t, await toBuffer(workbook), fixture.po);
    expect(response.body).toMatchObject({
      reports: [{ id: fixture.ids.report, version: 2 }],
      lines: lines.rowCount - 1,
      results: 1,
    });

    const state = await reportState();
    expect(state.version).toBe(2);
    expect(state.achievements).toBe('Survey fieldwork done offline');
    const planItemOf = (row: number) => String(lines.getCell(`A${row}`).value);
    const lineIds = (await t.dataSource.query(
      'SELECT id, plan_item_id FROM progress_report_line WHERE report_id = $1',
      [Number(fixture.ids.report)],
    )) as { id: number; plan_item_id: number }[];
    const itemOfLine = (row: number) =>
      String(lineIds.find((line) => String(line.id) === planItemOf(row))!.plan_item_id);
    expect(state.lines.find((line) => line.planItemId === itemOfLine(2))).toMatchObject({
      status: 'COMPLETED',
      percentComplete: 100,
      narrative: 'Fieldwork finished in all eight divisions',
    });
    expect(state.results).toEqual([{ componentId, value: 14, narrative: 'Counted on the web site' }]);

    // Text that looks like a formula was typed as text: it is saved as text, never evaluated.
    const [challenge] = (await t.dataSource.query('SELECT challenges FROM progress_report_line WHERE id = $1', [
      Number(planItemOf(2)),
    ])) as { challenges: string }[];
    expect(challenge!.challenges).toBe('=Budget arrived late');

    // The next download starts from what was saved.
    const again = await templateWorkbook(t, fixture.ids.dhaka, fixture.ids.q3, fixture.po);
    expect(again.getWorksheet('Plan items')!.getCell('F2').text).toBe('Completed');
    expect(again.getWorksheet('Indicators')!.getCell(`H${numeric}`).value).toBe(14);
  });

  it('is refused to roles that do not fill reports, to other offices, and when no report was started', async () => {
    const query = `?officeId=${fixture.ids.dhaka}&periodId=${fixture.ids.q3}`;
    expect((await downloadTemplate(t, query, null)).status).toBe(401);
    const manager = await login(t, 'manager@example.org');
    expect((await downloadTemplate(t, query, manager)).status).toBe(403);
    const viewer = (await t.signedIn(Role.VIEWER, [Number(fixture.ids.dhaka)])).token;
    expect((await downloadTemplate(t, query, viewer)).status).toBe(403);

    const jakarta = await downloadTemplate(
      t,
      `?officeId=${fixture.ids.jakarta}&periodId=${fixture.ids.q2}`,
      fixture.po,
    );
    expect(jakarta.status).toBe(403);
    expect(JSON.parse(String(jakarta.body))).toMatchObject({ fields: [{ field: 'officeId' }] });

    const unknown = await downloadTemplate(t, `?officeId=${fixture.ids.dhaka}&periodId=999999`, fixture.po);
    expect(unknown.status).toBe(400);
    expect(JSON.parse(String(unknown.body)).fields[0].field).toBe('periodId');
    const admin = (await t.signedIn(Role.ADMIN)).token;
    const notStarted = await downloadTemplate(t, `?officeId=${fixture.ids.jakarta}&periodId=${fixture.ids.q3}`, admin);
    expect(notStarted.status).toBe(400);
    expect(JSON.parse(String(notStarted.body))).toMatchObject({
      fields: [{ field: 'periodId', message: expect.stringContaining('CO-JAKARTA has no report for 2009-Q3') }],
    });
    const bad = await downloadTemplate(t, '?officeId=abc&periodId=1', fixture.po);
    expect(bad.status).toBe(400);
    expect(JSON.parse(String(bad.body)).fields[0].field).toBe('officeId');
  });
});
