import { beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import ExcelJS from 'exceljs';
import { Role } from '#src/platform/auth/role.enum.js';
import { dataOf } from '#test/utils/expect-graphql.js';
import { sharedTestApp, type TestApp } from '#test/utils/test-app.js';
import { zipOf } from '#test/utils/zip-builder.js';
import {
  login,
  reportingState,
  templateFixture,
  templateWorkbook,
  toBuffer,
  uploadTemplate,
  type TemplateFixture,
} from '#test/integration/dwcp/report-template/template-helpers.js';

interface Refusal {
  code: string;
  message: string;
  fields: { field: string; message: string }[];
  problems?: { sheet: string; row: number; column: string; header: string; message: string }[];
  markedWorkbook?: { fileName: string; base64: string };
}

// Every bad upload gets its own clear error and leaves the reports exactly as they were.
describe('refused template uploads', () => {
  let t: TestApp;
  let fixture: TemplateFixture;
  let before: unknown;

  const filled = async (fill: (workbook: ExcelJS.Workbook) => void) => {
    const workbook = await templateWorkbook(t, fixture.ids.dhaka, fixture.ids.q3, fixture.po);
    fill(workbook);
    return toBuffer(workbook);
  };
  const refused = async (file: Buffer, status: number, token: string | null = fixture.po): Promise<Refusal> => {
    const response = await uploadTemplate(t, file, token);
    expect({ status: response.status, body: response.body as unknown }).toMatchObject({ status });
    expect(await reportingState(t)).toEqual(before);
    return response.body as Refusal;
  };
  const lines = (workbook: ExcelJS.Workbook) => workbook.getWorksheet('Plan items')!;
  const indicators = (workbook: ExcelJS.Workbook) => workbook.getWorksheet('Indicators')!;
  const rowOfMeasure = (workbook: ExcelJS.Workbook, measure: string) => {
    const sheet = indicators(workbook);
    for (let row = 2; row <= sheet.rowCount; row++) if (sheet.getCell(`E${row}`).text.startsWith(measure)) return row;
    throw new Error(`no ${measure} component in the template`);
  };

  beforeAll(async () => {
    t = await sharedTestApp();
    fixture = await templateFixture(t);
  });

  beforeEach(async () => {
    before = await reportingState(t);
  });

  it('refuses a file that is not an .xlsx workbook, naming what it is', async () => {
    const body = await refused(Buffer.from('%PDF-1.7\n1 0 obj\n<<>>\nendobj\n'), 400);
    expect(body).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'file', message: expect.stringMatching(/PDF/) }],
    });
  });

  it('refuses a file over the size limit', async () => {
    const body = await refused(Buffer.alloc(6 * 1024 * 1024, 1), 413);
    expect(body).toMatchObject({
      code: 'PAYLOAD_TOO_LARGE',
      fields: [{ field: 'file', message: 'is larger than the 5 MB limit' }],
    });
  });

  it('refuses a zip bomb before unpacking it', async () => {
    const bomb = zipOf([
      { name: '[Content_Types].xml', content: Buffer.from('<Types/>') },
      { name: 'xl/workbook.xml', content: Buffer.from('<workbook/>') },
      { name: 'xl/media/image1.png', content: Buffer.alloc(60 * 1024 * 1024) },
    ]);
    expect(bomb.length).toBeLessThan(200 * 1024);
    const body = await refused(bomb, 400);
    expect(body.fields[0]).toMatchObject({ field: 'file', message: expect.stringMatching(/zip bomb/) });
  });

  it('refuses a workbook that is not a template of the tracker', async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('Plan items').addRow(['Line id', 'Status']);
    const body = await refused(await toBuffer(workbook), 400);
    expect(body.fields[0]!.message).toMatch(/is not a report template of the ROAP results tracker/);
  });

  it('refuses a bad status, naming sheet, row and column, and hands the workbook back with the cell marked', async () => {
    const body = await refused(
      await filled((workbook) => {
        lines(workbook).getCell('F2').value = 'Nearly done';
      }),
      400,
    );
    expect(body.problems).toEqual([
      {
        sheet: 'Plan items',
        row: 2,
        column: 'F',
        header: 'Status',
        message: '"Nearly done" is not one of Not started, On track, Delayed, Completed, Cancelled',
      },
    ]);
    expect(body.message).toMatch(
      /^The workbook has a problem; nothing was saved\. sheet "Plan items", row 2, column F/,
    );
    expect(body.fields).toEqual([{ field: 'Plan items!F2', message: body.problems![0]!.message }]);

    const marked = new ExcelJS.Workbook();
    await marked.xlsx.load(Buffer.from(body.markedWorkbook!.base64, 'base64') as unknown as ArrayBuffer);
    expect(body.markedWorkbook!.fileName).toBe('CO-DHAKA-report-2009-Q3-errors.xlsx');
    const cell = marked.getWorksheet('Plan items')!.getCell('F2');
    expect(cell.text).toBe('Nearly done');
    expect(cell.note).toBe(body.problems![0]!.message);
    expect(cell.fill).toMatchObject({ fgColor: { argb: 'FFFFC7CE' } });
    const errors = marked.getWorksheet('Errors')!;
    expect(errors.getRow(2).values).toEqual([
      undefined,
      expect.anything(),
      2,
      'F',
      'Status',
      body.problems![0]!.message,
    ]);
  });

  it('refuses a number in a text column and text in a number column', async () => {
    const body = await refused(
      await filled((workbook) => {
        lines(workbook).getCell('H2').value = 42;
        lines(workbook).getCell('G2').value = 'about half';
      }),
      400,
    );
    expect(body.problems).toEqual([
      expect.objectContaining({ row: 2, column: 'G', header: '% complete', message: '"about half" is not a number' }),
      expect.objectContaining({
        row: 2,
        column: 'H',
        header: 'Progress this quarter',
        message: 'expected text, found the number 42: this column takes words',
      }),
    ]);
  });

  it('refuses a formula in a value cell without evaluating it', async () => {
    const body = await refused(
      await filled((workbook) => {
        lines(workbook).getCell('G2').value = { formula: '50+50', result: 100 };
      }),
      400,
    );
    expect(body.problems).toEqual([
      expect.objectContaining({ column: 'G', message: 'formulas are not accepted (=50+50): type the value itself' }),
    ]);
  });

  it("refuses a row of another office's report", async () => {
    const jakartaLine = (
      (await t.dataSource.query(
        `SELECT l.id FROM progress_report_line l JOIN progress_report r ON r.id = l.report_id
          WHERE r.office_id = $1 ORDER BY l.id LIMIT 1`,
        [Number(fixture.ids.jakarta)],
      )) as { id: number }[]
    )[0]!.id;
    const body = await refused(
      await filled((workbook) => {
        lines(workbook).getCell('A2').value = jakartaLine;
        lines(workbook).getCell('F2').value = 'Completed';
      }),
      400,
    );
    // The office's own line, whose id was overwritten, no longer comes back: that is said too.
    expect(body.problems).toEqual([
      expect.objectContaining({
        sheet: 'Plan items',
        row: 1,
        column: 'C',
        message: expect.stringMatching(/^the row of plan item A2 is missing/),
      }),
      expect.objectContaining({
        sheet: 'Plan items',
        row: 2,
        column: 'A',
        // Out of the officer's reach: said as of a line that does not exist, naming no other office.
        message: 'this plan item is not in the report (the hidden id was changed): remove this row',
      }),
    ]);
  });

  it('refuses results that do not fit their measure', async () => {
    const body = await refused(
      await filled((workbook) => {
        const row = rowOfMeasure(workbook, 'Number');
        indicators(workbook).getCell(`H${row}`).value = 12;
        indicators(workbook).getCell(`I${row}`).value = 'Achieved';
      }),
      400,
    );
    expect(body.problems).toEqual([
      expect.objectContaining({
        sheet: 'Indicators',
        column: 'I',
        header: 'Milestone status',
        message: 'only milestones have a status, not NUMBER results',
      }),
    ]);
  });

  it('lists every problem at once and saves none of the good rows beside them', async () => {
    const body = await refused(
      await filled((workbook) => {
        workbook.getWorksheet('Report')!.getCell('D2').value = 'A good narrative that must not be saved alone';
        lines(workbook).getCell('F2').value = 'Completed';
        lines(workbook).getCell('G2').value = 140;
        lines(workbook).getCell('F3').value = 'Extra';
        const row = rowOfMeasure(workbook, 'Number');
        indicators(workbook).getCell(`H${row}`).value = 'many';
      }),
      400,
    );
    const numberRow = body.problems![3]!.row;
    expect(
      body.problems!.map((problem) => `${problem.sheet}!${problem.column}${problem.row}: ${problem.message}`),
    ).toEqual([
      'Plan items!G2: must be between 0 and 100',
      'Plan items!A3: rows cannot be added to the template: add them in the tracker, then download a new template',
      'Plan items!F3: "Extra" is not one of Not started, On track, Delayed, Completed, Cancelled',
      `Indicators!H${numberRow}: "many" is not a number`,
    ]);
    expect(body.message).toMatch(/^The workbook has 4 problems; nothing was saved/);
  });

  it("refuses another office's template, and anyone who does not fill reports", async () => {
    const jakartaPo = (await t.signedIn(Role.PROGRAMME_OFFICER, [Number(fixture.ids.jakarta)])).token;
    const jakartaTemplate = await toBuffer(await templateWorkbook(t, fixture.ids.jakarta, fixture.ids.q2, jakartaPo));
    const body = await refused(jakartaTemplate, 403);
    expect(body).toMatchObject({
      code: 'FORBIDDEN',
      fields: [{ field: 'file', message: 'this template is for CO-JAKARTA, which is not one of your offices' }],
    });
    const template = await filled(() => undefined);
    await refused(template, 401, null);
    await refused(template, 403, await login(t, 'manager@example.org'));
  });

  it('refuses changes to a report already submitted, on its status cell', async () => {
    const submitted = await templateWorkbook(t, fixture.ids.dhaka, fixture.ids.q2, fixture.po);
    submitted.getWorksheet('Plan items')!.getCell('F2').value = 'Completed';
    const body = await refused(await toBuffer(submitted), 400);
    expect(body.problems).toEqual([
      expect.objectContaining({
        sheet: 'Report',
        row: 2,
        column: 'C',
        header: 'Status',
        message: expect.stringMatching(/SUBMITTED/),
      }),
    ]);
  });

  it('refuses a template older than the report, so that neither change is lost', async () => {
    const template = await filled((workbook) => {
      lines(workbook).getCell('F2').value = 'Completed';
    });
    dataOf(
      await t.gql(
        `mutation { updateProgressReport(id: "${fixture.ids.report}", version: 1, achievements: "Saved online") { id } }`,
        undefined,
        fixture.po,
      ),
    );
    before = await reportingState(t);
    const body = await refused(template, 409);
    expect(body.fields[0]).toMatchObject({
      field: 'file',
      message: expect.stringMatching(/was saved online after this template was downloaded: download a new template/),
    });
  });
});
