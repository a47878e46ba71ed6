import { describe, expect, it } from '@jest/globals';
import ExcelJS from 'exceljs';
import { readCell } from '#src/dwcp/report-template/template-cells.js';
import { columnOf, LINES_SHEET, RESULTS_SHEET } from '#src/dwcp/report-template/template-layout.js';

const sheet = new ExcelJS.Workbook().addWorksheet('Plan items');
const cellWith = (value: ExcelJS.CellValue) => {
  const cell = sheet.getCell('B2');
  cell.value = value;
  return cell;
};
const status = columnOf(LINES_SHEET, 'status');
const percent = columnOf(LINES_SHEET, 'percentComplete');
const narrative = columnOf(LINES_SHEET, 'narrative');
const id = columnOf(LINES_SHEET, 'lineId');

describe('reading a template cell as its column expects', () => {
  it('takes a choice by its label or its stored value, in any case', () => {
    expect(readCell(cellWith('On track'), status)).toEqual({ value: 'ON_TRACK' });
    expect(readCell(cellWith('  delayed '), status)).toEqual({ value: 'DELAYED' });
    expect(readCell(cellWith('not_started'), status)).toEqual({ value: 'NOT_STARTED' });
    expect(readCell(cellWith('In progress'), columnOf(RESULTS_SHEET, 'milestoneStatus'))).toEqual({
      value: 'IN_PROGRESS',
    });
    expect(readCell(cellWith(3), status)).toEqual({
      problem: 'expected one of Not started, On track, Delayed, Completed, Cancelled, found the number 3',
    });
  });

  it('takes numbers, and numbers typed as text, but not words', () => {
    expect(readCell(cellWith(42.5), percent)).toEqual({ value: 42.5 });
    expect(readCell(cellWith(' 40 '), percent)).toEqual({ value: 40 });
    expect(readCell(cellWith('-1.5e2'), percent)).toEqual({ value: -150 });
    expect(readCell(cellWith('40%'), percent)).toEqual({ problem: '"40%" is not a number' });
    expect(readCell(cellWith(new Date('2009-07-01')), percent)).toEqual({ problem: 'a date is not accepted here' });
    expect(readCell(cellWith(true), percent)).toEqual({ problem: 'TRUE is not accepted here' });
  });

  it('keeps text as typed (trimmed), rich text and links as their text, and refuses numbers there', () => {
    expect(readCell(cellWith('  =SUM(A1:A3) is how we count  '), narrative)).toEqual({
      value: '=SUM(A1:A3) is how we count',
    });
    expect(
      readCell(cellWith({ richText: [{ text: 'Trained ' }, { text: '40', font: { bold: true } }] }), narrative),
    ).toEqual({
      value: 'Trained 40',
    });
    expect(readCell(cellWith({ text: 'the report', hyperlink: 'https://www.ilo.org' }), narrative)).toEqual({
      value: 'the report',
    });
    expect(readCell(cellWith(7), narrative)).toEqual({
      problem: 'expected text, found the number 7: this column takes words',
    });
    expect(readCell(cellWith('x'.repeat(20_001)), narrative)).toEqual({
      problem: 'is 20001 characters long; at most 20000',
    });
    expect(readCell(cellWith('   '), narrative)).toEqual({ value: null });
    expect(readCell(cellWith(null), narrative)).toEqual({ value: null });
  });

  it('never evaluates a formula, shared or not, and names error values', () => {
    expect(readCell(cellWith({ formula: 'A1*2', result: 84 }), percent)).toEqual({
      problem: 'formulas are not accepted (=A1*2): type the value itself',
    });
    expect(readCell(cellWith({ formula: 'HYPERLINK("http://x")', result: 'x' }), narrative)).toMatchObject({
      problem: expect.stringMatching(/^formulas are not accepted/),
    });
    expect(readCell(cellWith({ error: '#DIV/0!' }), percent)).toEqual({ problem: 'the cell shows the error #DIV/0!' });
  });

  it('reads hidden ids as positive whole numbers only', () => {
    expect(readCell(cellWith(17), id)).toEqual({ value: 17 });
    expect(readCell(cellWith('17'), id)).toEqual({ value: 17 });
    for (const bad of [0, -3, 1.5, 'seventeen']) {
      expect(readCell(cellWith(bad), id)).toEqual({
        problem: 'the hidden row id was changed: keep the rows as the template made them',
      });
    }
  });
});
