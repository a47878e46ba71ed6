import type ExcelJS from 'exceljs';
import { MAX_NARRATIVE } from '#src/common/validation/limits.js';
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

type Reading = { value: CellValue } | { problem: string };

const NUMBER_PATTERN = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;

/**
 * What a cell holds, without evaluating anything: a formula is reported as one (its cached result
 * is never used), rich text and hyperlinks become their text.
 */
function contentOf(cell: ExcelJS.Cell): { text: string } | { number: number } | { problem: string } | null {
  const value = cell.value;
  if (value === null || value === undefined) return null;
  if (typeof value === 'string') return value.trim() === '' ? null : { text: value };
  if (typeof value === 'number') return { number: value };
  if (typeof value === 'boolean') return { problem: `${value ? 'TRUE' : 'FALSE'} is not accepted here` };
  if (value instanceof Date) return { problem: 'a date is not accepted here' };
  if ('formula' in value || 'sharedFormula' in value) {
    const formula = 'formula' in value ? value.formula : `(shared with ${value.sharedFormula})`;
    return { problem: `formulas are not accepted (=${formula}): type the value itself` };
  }
  if ('richText' in value) return { text: value.richText.map((part) => part.text).join('') };
  if ('hyperlink' in value) return { text: String(value.text ?? value.hyperlink) };
  if ('error' in value) return { problem: `the cell shows the error ${value.error}` };
  return { problem: 'this kind of cell content is not accepted' };
}

const quoted = (text: string) => `"${text.length > 40 ? `${text.slice(0, 40)}…` : text}"`;

/** Reads one cell as its column expects it. */
export function readCell(cell: ExcelJS.Cell, column: TemplateColumn): Reading {
  const content = contentOf(cell);
  if (content === null) return { value: null };
  if ('problem' in content) return content;
  switch (column.kind) {
    case 'id': {
      const id = 'number' in content ? content.number : Number(content.text.trim());
      return Number.isInteger(id) && id > 0
        ? { value: id }
        : { problem: 'the hidden row id was changed: keep the rows as the template made them' };
    }
    case 'number': {
      if ('number' in content)
        return Number.isFinite(content.number) ? { value: content.number } : { problem: 'not a number' };
      const typed = content.text.trim();
      return NUMBER_PATTERN.test(typed) ? { value: Number(typed) } : { problem: `${quoted(typed)} is not a number` };
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
