import type ExcelJS from 'exceljs';
import { MAX_NARRATIVE } from '#src/common/validation/limits.js';
import { parseNumberText, type NumberLanguage } from '#src/common/validation/number-text.js';
import { showsPercent } from '#src/common/workbook/shows-percent.js';
import { choiceValue, type TemplateColumn } from '#src/dwcp/report-template/template-layout.js';

/** A bad cell of an uploaded template, as the officer finds it in Excel. */
export interface CellProblem {
  sheet: string;
  row: number;
  /** Column letter. */
  column: string;
  header: string;
  message: string;
}

export type CellValue = string | number | null;

/** `percent`: the cell showed a percentage (40 %, or 0.4 formatted as one), read as the 40 it shows. */
type Reading = { value: CellValue; percent?: true } | { problem: string };

type Content = { text: string } | { number: number } | { formula: string } | { problem: string };

// A percentage read back from its fraction, at the scale the tracker keeps (4 decimals): 0.07 is 7.
const percentOf = (fraction: number) => Number((fraction * 100).toFixed(4));

/**
 * What a cell holds, without evaluating anything: a formula is reported as one (its cached result
 * is never used), rich text and hyperlinks become their text.
 */
function contentOf(cell: ExcelJS.Cell): Content | null {
  const value = cell.value;
  if (value === null || value === undefined) return null;
  if (typeof value === 'string') return value.trim() === '' ? null : { text: value };
  if (typeof value === 'number') return { number: value };
  if (typeof value === 'boolean') return { problem: `${value ? 'TRUE' : 'FALSE'} is not accepted here` };
  if (value instanceof Date) return { problem: 'a date is not accepted here' };
  if ('formula' in value || 'sharedFormula' in value) {
    return { formula: 'formula' in value ? String(value.formula) : `(shared with ${value.sharedFormula})` };
  }
  if ('richText' in value) return { text: value.richText.map((part) => part.text).join('') };
  if ('hyperlink' in value) return { text: String(value.text ?? value.hyperlink) };
  if ('error' in value) return { problem: `the cell shows the error ${value.error}` };
  return { problem: 'this kind of cell content is not accepted' };
}

const quoted = (text: string) => `"${text.length > 40 ? `${text.slice(0, 40)}…` : text}"`;

/**
 * Reads one cell as its column expects it; numbers typed as text are read as `language` writes them.
 * Narratives are kept exactly as typed, whatever their first character: they are stored as text and
 * the tracker's workbooks write them back as text, so nothing ever calculates them.
 */
export function readCell(cell: ExcelJS.Cell, column: TemplateColumn, language: NumberLanguage): Reading {
  const content = contentOf(cell);
  if (content === null) return { value: null };
  if ('problem' in content) return content;
  if ('formula' in content) {
    return column.kind === 'text'
      ? {
          problem: `formulas are not accepted (=${content.formula}): type the words themselves; to begin a text with =, +, - or @, type an apostrophe (') before it`,
        }
      : { problem: `formulas are not accepted (=${content.formula}): type the value itself` };
  }
  switch (column.kind) {
    case 'id': {
      const id = 'number' in content ? content.number : Number(content.text.trim());
      return Number.isInteger(id) && id > 0
        ? { value: id }
        : { problem: 'the hidden row id was changed: keep the rows as the template made them' };
    }
    case 'number': {
      if ('number' in content) {
        if (!Number.isFinite(content.number)) return { problem: 'not a number' };
        return showsPercent(cell.numFmt)
          ? { value: percentOf(content.number), percent: true }
          : { value: content.number };
      }
      const reading = parseNumberText(content.text, language);
      if ('problem' in reading) return reading;
      return reading.percent ? { value: reading.value, percent: true } : { value: reading.value };
    }
    case 'choice': {
      const labels = column.choices!.map((choice) => choice.label).join(', ');
      if ('number' in content) return { problem: `expected one of ${labels}, found the number ${content.number}` };
      const value = choiceValue(column.choices!, content.text);
      return value ? { value } : { problem: `${quoted(content.text.trim())} is not one of ${labels}` };
    }
    case 'text': {
      if ('number' in content) {
        return { problem: `expected text, found the number ${content.number}: this column takes words` };
      }
      const typed = content.text.trim();
      if (typed.length > MAX_NARRATIVE)
        return { problem: `is ${typed.length} characters long; at most ${MAX_NARRATIVE}` };
      return { value: typed };
    }
    default:
      return { value: null };
  }
}
