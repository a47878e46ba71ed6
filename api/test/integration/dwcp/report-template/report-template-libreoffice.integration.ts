import { beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import ExcelJS from 'exceljs';
import { sharedTestApp, type TestApp } from '#test/utils/test-app.js';
import {
  reportingState,
  storedReport,
  uploadTemplate,
  type TemplateFixture,
} from '#test/integration/dwcp/report-template/template-helpers.js';
import { fixtureFile, fixtureReport, retargeted } from '#test/integration/dwcp/report-template/template-fixtures.js';

interface Refusal {
  message: string;
  problems: { sheet: string; row: number; column: string; header: string; message: string }[];
  markedWorkbook: { base64: string };
}

const workbookOf = async (file: Buffer) => {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(file as unknown as ArrayBuffer);
  return workbook;
};

// Templates typed into and saved by LibreOffice Calc 7.4 (api/test/fixtures/report-template/README.md).
describe('templates saved by LibreOffice', () => {
  let t: TestApp;
  let fixture: TemplateFixture;
  let before: unknown;

  beforeAll(async () => {
    t = await sharedTestApp();
    fixture = await fixtureReport(t);
  });

  beforeEach(async () => {
    before = await reportingState(t);
  });

  it('are what the tests claim: "40%" typed is 0.4 formatted as a percentage, and a sheet ends at row 1,048,576', async () => {
    const typed = await workbookOf(fixtureFile('libreoffice-typed-en.xlsx'));
    const share = typed.getWorksheet('Indicators')!.getCell('H2');
    expect(typed.getWorksheet('Indicators')!.getCell('D2').text).toMatch(/^4\.1 \(ii\) /);
    expect({ value: share.value, numFmt: share.numFmt }).toEqual({ value: 0.4, numFmt: '0.00%' });
    expect(typed.getWorksheet('Plan items')!.rowCount).toBe(1_048_576);
    expect(typed.getWorksheet('Template')!.state).toBe('hidden');
    // This database's ids are not the fixtures': each import below goes through `retargeted`.
    expect(typed.getWorksheet('Report')!.getCell('A2').value).not.toBe(Number(fixture.ids.report));
    const deleted = await workbookOf(fixtureFile('libreoffice-deleted-row-en.xlsx'));
    expect(deleted.getWorksheet('Plan items')!.rowCount).toBe(1_048_576);
    expect(deleted.getWorksheet('Plan items')!.getColumn('C').values.slice(1)).toEqual(['Code', 'A2', 'FX1']);
    const french = await workbookOf(fixtureFile('libreoffice-typed-fr.xlsx'));
    expect(french.getWorksheet('Indicators')!.getCell('H3').value).toBe('1 234');
  });

  it('stores "40%" typed in a percent value as 40 and "60%" in % complete as 60, past the empty row 1,048,576', async () => {
    const file = await retargeted(t, fixture, 'libreoffice-typed-en.xlsx');
    const response = await uploadTemplate(t, file, fixture.po);
    expect({ status: response.status, body: response.body as unknown }).toMatchObject({
      status: 200,
      body: { lines: 3, results: 2 },
    });
    const stored = await storedReport(t, fixture.ids.report);
    expect(stored.lines).toEqual({
      A2: { status: 'ON_TRACK', percentComplete: 60, narrative: '- trained 20 people in Rangpur' },
      FX1: { status: 'COMPLETED', percentComplete: 100, narrative: null },
      // "7%": 0.07 x 100 is 7.000000000000001 in floating point; kept as 7.
      FX2: { status: 'DELAYED', percentComplete: 7, narrative: null },
    });
    expect(stored.results).toEqual({
      '4.1 2': { value: 40, narrative: '@ILO_Asia posted the list online' },
      '4.2 1': { value: 1234, narrative: null },
    });
    // Text beginning with = in a narrative is kept as typed, as the instructions say.
    expect(stored.achievements).toBe('= a good quarter overall');
  });

  it('refuses a file with a deleted row, naming its plan item code, and saves nothing', async () => {
    const file = await retargeted(t, fixture, 'libreoffice-deleted-row-en.xlsx');
    const response = await uploadTemplate(t, file, fixture.po);
    expect(response.status).toBe(400);
    expect(await reportingState(t)).toEqual(before);
    const body = response.body as Refusal;
    // Only the deleted row: the sheet's 1,048,576 rows are no problem.
    expect(body.problems).toEqual([
      {
        sheet: 'Plan items',
        row: 1,
        column: 'C',
        header: 'Code',
        message:
          'the row of plan item FX2 is missing (deleted?): every row of the template must stay: leave a row as it is to keep what the report holds, or download a new template and copy your entries into it',
      },
    ]);
    expect(body.message).toMatch(
      /^The workbook has a problem; nothing was saved\. sheet "Plan items", row 1, column C/,
    );
    const marked = await workbookOf(Buffer.from(body.markedWorkbook.base64, 'base64'));
    expect(marked.getWorksheet('Plan items')!.getCell('C1').note).toBe(body.problems[0]!.message);
  });

  it('reads numbers typed as text in a French template as French writes them: 60 %, 12,5 %, 1 234', async () => {
    const file = await retargeted(t, fixture, 'libreoffice-typed-fr.xlsx');
    const response = await uploadTemplate(t, file, fixture.po);
    expect(response.status).toBe(200);
    const stored = await storedReport(t, fixture.ids.report);
    expect(stored.lines.A2).toMatchObject({ status: 'ON_TRACK', percentComplete: 60 });
    expect(stored.results['4.1 2']).toMatchObject({ value: 12.5 });
    expect(stored.results['4.2 1']).toMatchObject({ value: 1234 });
  });
});
