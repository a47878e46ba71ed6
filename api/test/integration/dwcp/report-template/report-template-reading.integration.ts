import { beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import type ExcelJS from 'exceljs';
import { sharedTestApp, type TestApp } from '#test/utils/test-app.js';
import {
  downloadTemplate,
  reportingState,
  storedReport,
  templateWorkbook,
  toBuffer,
  uploadTemplate,
  type TemplateFixture,
} from '#test/integration/dwcp/report-template/template-helpers.js';
import { fixtureReport } from '#test/integration/dwcp/report-template/template-fixtures.js';

type Problem = { sheet: string; row: number; column: string; header: string; message: string };

const rowWhere = (sheet: ExcelJS.Worksheet, column: string, test: (text: string) => boolean) => {
  for (let row = 2; row <= sheet.rowCount; row++) if (test(sheet.getCell(`${column}${row}`).text)) return row;
  throw new Error(`no row of ${sheet.name} matches in column ${column}`);
};
const lines = (workbook: ExcelJS.Workbook) => workbook.getWorksheet('Plan items')!;
const indicators = (workbook: ExcelJS.Workbook) => workbook.getWorksheet('Indicators')!;
const lineRow = (workbook: ExcelJS.Workbook, code: string) => rowWhere(lines(workbook), 'C', (text) => text === code);
const partRow = (workbook: ExcelJS.Workbook, part: string) =>
  rowWhere(indicators(workbook), 'D', (text) => text.startsWith(`${part} `));

/** What Excel stores for "40%" typed: 0.4 with a percent format (a style of its own: exceljs shares loaded styles). */
const typePercent = (cell: ExcelJS.Cell, fraction: number, numFmt = '0%') => {
  cell.value = fraction;
  cell.style = { ...cell.style, numFmt };
};

// Templates filled by a script the way Excel stores what is typed (exceljs writes what Excel would).
describe('what the template import reads from each cell', () => {
  let t: TestApp;
  let fixture: TemplateFixture;
  let before: unknown;

  const filled = async (fill: (workbook: ExcelJS.Workbook) => void, language = '') => {
    const workbook = await templateWorkbook(t, fixture.ids.dhaka, fixture.ids.q3, fixture.po, language);
    fill(workbook);
    return toBuffer(workbook);
  };
  const accepted = async (file: Buffer) => {
    const response = await uploadTemplate(t, file, fixture.po);
    expect({ status: response.status, body: response.body as unknown }).toMatchObject({ status: 200 });
    return storedReport(t, fixture.ids.report);
  };
  const refused = async (file: Buffer): Promise<Problem[]> => {
    const response = await uploadTemplate(t, file, fixture.po);
    expect({ status: response.status, body: response.body as unknown }).toMatchObject({ status: 400 });
    expect(await reportingState(t)).toEqual(before);
    return (response.body as { problems: Problem[] }).problems;
  };

  beforeAll(async () => {
    t = await sharedTestApp();
    fixture = await fixtureReport(t);
  });

  beforeEach(async () => {
    before = await reportingState(t);
  });

  it('stores 0.4 formatted as 0% as 40 in a percent value, and 0.6 as 60 in % complete (as Excel saves "40%")', async () => {
    const stored = await accepted(
      await filled((workbook) => {
        typePercent(indicators(workbook).getCell(`H${partRow(workbook, '4.1 (ii)')}`), 0.4);
        typePercent(lines(workbook).getCell(`G${lineRow(workbook, 'A2')}`), 0.6);
        typePercent(lines(workbook).getCell(`G${lineRow(workbook, 'FX2')}`), 0.07, '0.00%');
        lines(workbook).getCell(`G${lineRow(workbook, 'FX1')}`).value = '35 %';
      }),
    );
    expect(stored.results['4.1 2']).toMatchObject({ value: 40 });
    expect(stored.lines).toMatchObject({
      A2: { percentComplete: 60 },
      FX1: { percentComplete: 35 },
      FX2: { percentComplete: 7 },
    });
  });

  it("refuses a percentage in a number component's value, formatted or typed", async () => {
    const message = (shown: string) =>
      `4.2 part 1 counts a number, not a percentage, and the cell shows ${shown} %: type the number without a percent sign, in a cell formatted as a number`;
    const formatted = await refused(
      await filled((workbook) => {
        typePercent(indicators(workbook).getCell(`H${partRow(workbook, '4.2 (i)')}`), 0.4);
      }),
    );
    expect(formatted).toEqual([
      expect.objectContaining({
        sheet: 'Indicators',
        column: 'H',
        header: 'Value this quarter',
        message: message('40'),
      }),
    ]);
    const typed = await refused(
      await filled((workbook) => {
        indicators(workbook).getCell(`H${partRow(workbook, '4.2 (i)')}`).value = '12 %';
      }),
    );
    expect(typed).toEqual([expect.objectContaining({ column: 'H', message: message('12') })]);
  });

  it('refuses text beginning with =, +, - or @ in a number cell, naming sheet, row and column', async () => {
    let rows: number[] = [];
    const problems = await refused(
      await filled((workbook) => {
        rows = [
          lineRow(workbook, 'A2'),
          lineRow(workbook, 'FX1'),
          partRow(workbook, '4.1 (ii)'),
          partRow(workbook, '4.2 (i)'),
        ];
        lines(workbook).getCell(`G${rows[0]}`).value = '=1+1';
        lines(workbook).getCell(`G${rows[1]}`).value = '+5';
        indicators(workbook).getCell(`H${rows[2]}`).value = '@x';
        indicators(workbook).getCell(`H${rows[3]}`).value = '-5';
      }),
    );
    const said = (typed: string) =>
      `"${typed}" begins with "${typed[0]}": text beginning with =, +, - or @ is not read as a number; type the number itself`;
    expect(problems).toEqual([
      { sheet: 'Plan items', row: rows[0], column: 'G', header: '% complete', message: said('=1+1') },
      { sheet: 'Plan items', row: rows[1], column: 'G', header: '% complete', message: said('+5') },
      { sheet: 'Indicators', row: rows[2], column: 'H', header: 'Value this quarter', message: said('@x') },
      { sheet: 'Indicators', row: rows[3], column: 'H', header: 'Value this quarter', message: said('-5') },
    ]);
  });

  it("reads thousands separators in the template's language, and refuses the ambiguous and the foreign", async () => {
    const series = (typed: string, language: string) =>
      filled((workbook) => {
        indicators(workbook).getCell(`H${partRow(workbook, '4.2 (i)')}`).value = typed;
      }, language);
    expect((await accepted(await series('1,234,567', 'en'))).results['4.2 1']).toMatchObject({ value: 1234567 });
    expect((await accepted(await series('2\u202F345\u202F678', 'fr'))).results['4.2 1']).toMatchObject({
      value: 2345678,
    });
    expect((await accepted(await series('3.456.789', 'es'))).results['4.2 1']).toMatchObject({ value: 3456789 });
    before = await reportingState(t);
    expect(await refused(await series('1,234', 'es'))).toEqual([
      expect.objectContaining({ message: expect.stringMatching(/^"1,234" is ambiguous \(1234 or 1\.234\?\)/) }),
    ]);
    expect(await refused(await series('1.234.567', 'en'))).toEqual([
      expect.objectContaining({
        message: '"1.234.567" is not written as numbers are written in English: write for example 1234.5 or 1,234.5',
      }),
    ]);
  });

  it('keeps narratives as typed, whatever their first character, and refuses a formula there', async () => {
    const stored = await accepted(
      await filled((workbook) => {
        const row = lineRow(workbook, 'A2');
        lines(workbook).getCell(`H${row}`).value = '- trained 20 people';
        lines(workbook).getCell(`I${row}`).value = '=Budget arrived late';
        indicators(workbook).getCell(`J${partRow(workbook, '4.1 (ii)')}`).value = '+3 titles @ILO_Asia';
      }),
    );
    expect(stored.lines.A2).toMatchObject({ narrative: '- trained 20 people' });
    expect(stored.results['4.1 2']).toMatchObject({ narrative: '+3 titles @ILO_Asia' });
    before = await reportingState(t);
    const problems = await refused(
      await filled((workbook) => {
        lines(workbook).getCell(`H${lineRow(workbook, 'A2')}`).value = { formula: '-trained', result: '#NAME?' };
      }),
    );
    expect(problems[0]!.message).toBe(
      "formulas are not accepted (=-trained): type the words themselves; to begin a text with =, +, - or @, type an apostrophe (') before it",
    );
  });

  it('names each row deleted from a file written by Excel, on each sheet, and saves nothing', async () => {
    const problems = await refused(
      await filled((workbook) => {
        lines(workbook).spliceRows(lineRow(workbook, 'FX1'), 1);
        indicators(workbook).spliceRows(partRow(workbook, '4.1 (ii)'), 1);
        lines(workbook).getCell(`F${lineRow(workbook, 'A2')}`).value = 'Completed';
      }),
    );
    expect(problems.map((problem) => `${problem.sheet}!${problem.column}${problem.row}: ${problem.message}`)).toEqual([
      expect.stringMatching(/^Plan items!C1: the row of plan item FX1 is missing \(deleted\?\)/),
      expect.stringMatching(/^Indicators!D1: the row of indicator 4\.1 \(ii\) is missing \(deleted\?\)/),
    ]);
  });

  it('still reads a template of format version 1 (English, rows checked against the report)', async () => {
    const versionOne = (fill: (workbook: ExcelJS.Workbook) => void) =>
      filled((workbook) => {
        const meta = workbook.getWorksheet('Template')!;
        const kept = (meta.getSheetValues() as ExcelJS.CellValue[][])
          .filter((row) => row && !['language', 'line', 'result'].includes(String(row[1])))
          .map((row) => (row[1] === 'formatVersion' ? [undefined, 'formatVersion', 1] : row));
        meta.spliceRows(1, meta.rowCount);
        kept.forEach((row) => meta.addRow(row.slice(1)));
        fill(workbook);
      });
    const stored = await accepted(
      await versionOne((workbook) => {
        lines(workbook).getCell(`G${lineRow(workbook, 'A2')}`).value = '12.5';
      }),
    );
    expect(stored.lines.A2).toMatchObject({ percentComplete: 12.5 });
    before = await reportingState(t);
    // Read in English: "1,5" is not an English number.
    expect(
      await refused(
        await versionOne((workbook) => {
          lines(workbook).getCell(`G${lineRow(workbook, 'A2')}`).value = '1,5';
        }),
      ),
    ).toEqual([
      expect.objectContaining({
        message: expect.stringMatching(/^"1,5" is not written as numbers are written in English/),
      }),
    ]);
    before = await reportingState(t);
    const problems = await refused(
      await versionOne((workbook) => {
        lines(workbook).spliceRows(lineRow(workbook, 'FX2'), 1);
      }),
    );
    expect(problems).toEqual([
      expect.objectContaining({
        sheet: 'Plan items',
        row: 1,
        message: expect.stringMatching(/plan item FX2 is missing/),
      }),
    ]);
  });

  it('is downloaded in the language asked for, with the number rule in that language', async () => {
    const french = await templateWorkbook(t, fixture.ids.dhaka, fixture.ids.q3, fixture.po, 'fr');
    const instructions = (workbook: ExcelJS.Workbook) =>
      workbook.getWorksheet('Instructions')!.getColumn(2).values.map(String).join('\n');
    expect(instructions(french)).toContain('Un nombre écrit comme du texte est lu à la française : 1234,5 ou 1 234,5');
    expect(instructions(french)).toContain('même s’il commence par =, +, - ou @');
    const spanish = await templateWorkbook(t, fixture.ids.dhaka, fixture.ids.q3, fixture.po, 'es');
    expect(instructions(spanish)).toContain('se lee como en español: 1234,5 o 1.234,5');
    const english = await templateWorkbook(t, fixture.ids.dhaka, fixture.ids.q3, fixture.po);
    expect(instructions(english)).toContain('read as in English: 1234.5 or 1,234.5');
    expect(english.getWorksheet('Template')!.getCell('B3').value).toBe('en');
    const unknown = await downloadTemplate(
      t,
      `?officeId=${fixture.ids.dhaka}&periodId=${fixture.ids.q3}&language=de`,
      fixture.po,
    );
    expect(unknown.status).toBe(400);
    expect(JSON.parse(String(unknown.body))).toMatchObject({
      fields: [{ field: 'language', message: 'must be one of en, fr, es' }],
    });
  });
});
