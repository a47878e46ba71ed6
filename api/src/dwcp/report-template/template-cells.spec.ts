import { describe, expect, it } from '@jest/globals';
import ExcelJS from 'exceljs';
import { readCell } from '#src/dwcp/report-template/template-cells.js';
import { columnOf, LINES_SHEET, RESULTS_SHEET } from '#src/dwcp/report-template/template-layout.js';

const sheet = new ExcelJS.Workbook().addWorksheet('Plan items');
const cellWith = (value: ExcelJS.CellValue, numFmt = 'General') => {
  const cell = sheet.getCell('B2');
  cell.value = value;
  cell.numFmt = numFmt;
  return cell;
};
const status = columnOf(LINES_SHEET, 'status');
const percent = columnOf(LINES_SHEET, 'percentComplete');
const narrative = columnOf(LINES_SHEET, 'narrative');
const id = columnOf(LINES_SHEET, 'lineId');

describe('reading a template cell as its column expects', () => {
  it('takes a choice by its label or its stored value, in any case', () => {
    expect(readCell(cellWith('On track'), status, 'en')).toEqual({ value: 'ON_TRACK' });
    expect(readCell(cellWith('  delayed '), status, 'en')).toEqual({ value: 'DELAYED' });
    expect(readCell(cellWith('not_started'), status, 'en')).toEqual({ value: 'NOT_STARTED' });
    expect(readCell(cellWith('In progress'), columnOf(RESULTS_SHEET, 'milestoneStatus'), 'en')).toEqual({
      value: 'IN_PROGRESS',
    });
    expect(readCell(cellWith(3), status, 'en')).toEqual({
      problem: 'expected one of Not started, On track, Delayed, Completed, Cancelled, found the number 3',
    });
  });

  it('takes numbers, and numbers typed as text in the template language, but not words', () => {
    expect(readCell(cellWith(42.5), percent, 'en')).toEqual({ value: 42.5 });
    expect(readCell(cellWith(-5), percent, 'en')).toEqual({ value: -5 });
    expect(readCell(cellWith(' 40 '), percent, 'en')).toEqual({ value: 40 });
    expect(readCell(cellWith('1.5e2'), percent, 'en')).toEqual({ value: 150 });
    expect(readCell(cellWith('1,234.5'), percent, 'en')).toEqual({ value: 1234.5 });
    expect(readCell(cellWith('1 234,5'), percent, 'fr')).toEqual({ value: 1234.5 });
    expect(readCell(cellWith('1.234,5'), percent, 'es')).toEqual({ value: 1234.5 });
    expect(readCell(cellWith('1.234,5'), percent, 'en')).toEqual({
      problem: '"1.234,5" is not written as numbers are written in English: write for example 1234.5 or 1,234.5',
    });
    for (const typed of ['=1+1', '+5', '-5', '@x']) {
      expect(readCell(cellWith(typed), percent, 'en')).toEqual({
        problem: `"${typed}" begins with "${typed[0]}": text beginning with =, +, - or @ is not read as a number; type the number itself`,
      });
    }
    expect(readCell(cellWith(new Date('2009-07-01')), percent, 'en')).toEqual({
      problem: 'a date is not accepted here',
    });
    expect(readCell(cellWith(true), percent, 'en')).toEqual({ problem: 'TRUE is not accepted here' });
  });

  it('reads a percentage as the number it shows: 0.4 formatted as 40 % and the text "40 %" are 40', () => {
    expect(readCell(cellWith(0.4, '0%'), percent, 'en')).toEqual({ value: 40, percent: true });
    expect(readCell(cellWith(0.07, '0.00%'), percent, 'en')).toEqual({ value: 7, percent: true });
    expect(readCell(cellWith(0.123456789, '0.00%'), percent, 'en')).toEqual({ value: 12.3457, percent: true });
    expect(readCell(cellWith('40%'), percent, 'en')).toEqual({ value: 40, percent: true });
    expect(readCell(cellWith('40 %'), percent, 'en')).toEqual({ value: 40, percent: true });
    expect(readCell(cellWith('12,5\u202F%'), percent, 'fr')).toEqual({ value: 12.5, percent: true });
    // A % that is only text in the format shows the number itself: 40 is 40.
    expect(readCell(cellWith(40, '0"%"'), percent, 'en')).toEqual({ value: 40 });
    expect(readCell(cellWith(40, '0\\%'), percent, 'en')).toEqual({ value: 40 });
  });

  it('keeps text exactly as typed (trimmed), even beginning with =, +, - or @; rich text and links as their text; refuses numbers there', () => {
    for (const typed of ['=SUM(A1:A3) is how we count', '- trained 20 people', '+3 staff', '@ILO_Asia']) {
      expect(readCell(cellWith(`  ${typed}  `), narrative, 'en')).toEqual({ value: typed });
    }
    expect(
      readCell(cellWith({ richText: [{ text: 'Trained ' }, { text: '40', font: { bold: true } }] }), narrative, 'en'),
    ).toEqual({
      value: 'Trained 40',
    });
    expect(readCell(cellWith({ text: 'the report', hyperlink: 'https://www.ilo.org' }), narrative, 'en')).toEqual({
      value: 'the report',
    });
    expect(readCell(cellWith(7), narrative, 'en')).toEqual({
      problem: 'expected text, found the number 7: this column takes words',
    });
    expect(readCell(cellWith('x'.repeat(20_001)), narrative, 'en')).toEqual({
      problem: 'is 20001 characters long; at most 20000',
    });
    expect(readCell(cellWith('   '), narrative, 'en')).toEqual({ value: null });
    expect(readCell(cellWith(null), narrative, 'en')).toEqual({ value: null });
  });

  it('never evaluates a formula, shared or not, and names error values', () => {
    expect(readCell(cellWith({ formula: 'A1*2', result: 84 }), percent, 'en')).toEqual({
      problem: 'formulas are not accepted (=A1*2): type the value itself',
    });
    expect(readCell(cellWith({ formula: 'HYPERLINK("http://x")', result: 'x' }), narrative, 'en')).toEqual({
      problem:
        'formulas are not accepted (=HYPERLINK("http://x")): type the words themselves; to begin a text with =, +, - or @, type an apostrophe (\') before it',
    });
    expect(readCell(cellWith({ error: '#DIV/0!' }), percent, 'en')).toEqual({
      problem: 'the cell shows the error #DIV/0!',
    });
  });

  it('reads hidden ids as positive whole numbers only', () => {
    expect(readCell(cellWith(17), id, 'en')).toEqual({ value: 17 });
    expect(readCell(cellWith('17'), id, 'en')).toEqual({ value: 17 });
    for (const bad of [0, -3, 1.5, 'seventeen']) {
      expect(readCell(cellWith(bad), id, 'en')).toEqual({
        problem: 'the hidden row id was changed: keep the rows as the template made them',
      });
    }
  });
});
