import { describe, expect, it } from '@jest/globals';
import ExcelJS from 'exceljs';
import { readMeta } from '#src/dwcp/report-template/template-meta.js';

const workbookWith = (rows: ExcelJS.CellValue[][]) => {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Template');
  rows.forEach((row) => sheet.addRow(row));
  return workbook;
};
const HEAD = [
  ['format', 'roap-report-template'],
  ['officeId', 13],
  ['periodId', 7],
  ['report', 4, 2],
];
const problem = (rows: ExcelJS.CellValue[][]) => {
  try {
    readMeta(workbookWith(rows));
    return 'read';
  } catch (error) {
    return (error as Error).message;
  }
};

describe('the hidden sheet of a template', () => {
  it('gives the language and every row written (version 2)', () => {
    const meta = readMeta(
      workbookWith([
        ...HEAD,
        ['formatVersion', 2],
        ['language', 'fr'],
        ['line', 8, 'A2'],
        ['result', 4, 15, '4.2 (i)'],
      ]),
    );
    expect(meta).toEqual({
      officeId: 13,
      periodId: 7,
      reports: [{ id: 4, version: 2 }],
      language: 'fr',
      written: { lines: [{ lineId: 8, code: 'A2' }], results: [{ reportId: 4, componentId: 15, code: '4.2 (i)' }] },
    });
  });

  it('reads a version 1 template as English, its rows not recorded', () => {
    expect(readMeta(workbookWith([...HEAD, ['formatVersion', 1]]))).toMatchObject({ language: 'en', written: null });
  });

  it('refuses an unknown version, a missing or unknown language, and changed row ids', () => {
    expect(problem([...HEAD, ['formatVersion', 3]])).toBe(
      'file: was made by another version of the tracker: download a new template',
    );
    const changed = 'file: its hidden sheet "Template" was changed: download a new template';
    expect(problem([...HEAD, ['formatVersion', 2]])).toBe(changed);
    expect(problem([...HEAD, ['formatVersion', 2], ['language', 'de']])).toBe(changed);
    expect(problem([...HEAD, ['formatVersion', 2], ['language', 'en'], ['line', 'x', 'A2']])).toBe(changed);
  });
});
