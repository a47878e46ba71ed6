import type ExcelJS from 'exceljs';
import { InputError } from '#src/common/errors/input.error.js';
import { componentLabel } from '#src/results/indicator-component/component-rules.js';
import type { TemplateContent } from '#src/dwcp/report-template/template-data.service.js';
import {
  DEFAULT_TEMPLATE_LANGUAGE,
  META_SHEET,
  READABLE_FORMAT_VERSIONS,
  TEMPLATE_FORMAT,
  TEMPLATE_FORMAT_VERSION,
  TEMPLATE_LANGUAGES,
  type TemplateLanguage,
} from '#src/dwcp/report-template/template-layout.js';

/** The rows a template was written with: each must come back, so that a deleted one is named. */
export interface WrittenRows {
  lines: { lineId: number; code: string }[];
  results: { reportId: number; componentId: number; code: string }[];
}

export interface TemplateMeta {
  officeId: number;
  periodId: number;
  reports: { id: number; version: number }[];
  language: TemplateLanguage;
  /** null for a version 1 template, which did not record them. */
  written: WrittenRows | null;
}

/** The rows of the data sheets, named as the officer knows them: plan item codes, indicator parts. */
export function writtenRowsOf(content: Pick<TemplateContent, 'lines' | 'results'>): WrittenRows {
  return {
    lines: content.lines.map((line) => ({ lineId: line.lineId, code: line.code })),
    results: content.results.map((result) => ({
      reportId: result.reportId,
      componentId: result.componentId,
      code: `${result.indicatorCode} ${componentLabel(result.position)}`,
    })),
  };
}

/** Which office, quarter, report versions, language and rows the template was made with: read back by the import. */
export function writeMeta(
  workbook: ExcelJS.stream.xlsx.WorkbookWriter,
  content: TemplateContent,
  language: TemplateLanguage,
): void {
  const meta = workbook.addWorksheet(META_SHEET, { state: 'veryHidden' });
  const add = (values: (string | number)[]) => meta.addRow(values).commit();
  add(['format', TEMPLATE_FORMAT]);
  add(['formatVersion', TEMPLATE_FORMAT_VERSION]);
  add(['language', language]);
  add(['officeId', content.office.id]);
  add(['periodId', content.period.id]);
  for (const report of content.reports) add(['report', report.id, report.version]);
  const written = writtenRowsOf(content);
  for (const line of written.lines) add(['line', line.lineId, line.code]);
  for (const result of written.results) add(['result', result.reportId, result.componentId, result.code]);
  meta.commit();
}

const NOT_A_TEMPLATE = 'is not a report template of the ROAP results tracker: download the template from "My report"';
const CHANGED = `its hidden sheet "${META_SHEET}" was changed: download a new template`;

const valid = (n: number) => Number.isInteger(n) && n > 0;

export function readMeta(workbook: ExcelJS.Workbook): TemplateMeta {
  const sheet = workbook.getWorksheet(META_SHEET);
  if (!sheet) throw InputError.field('file', `${NOT_A_TEMPLATE} (its hidden sheet "${META_SHEET}" is missing)`);
  const entries = new Map<string, ExcelJS.CellValue[]>();
  const reports: TemplateMeta['reports'] = [];
  const written: WrittenRows = { lines: [], results: [] };
  sheet.eachRow((row) => {
    const [key, ...values] = (row.values as ExcelJS.CellValue[]).slice(1);
    if (key === 'report') reports.push({ id: Number(values[0]), version: Number(values[1]) });
    else if (key === 'line') written.lines.push({ lineId: Number(values[0]), code: String(values[1] ?? '') });
    else if (key === 'result') {
      written.results.push({ reportId: Number(values[0]), componentId: Number(values[1]), code: String(values[2]) });
    } else entries.set(String(key), values);
  });
  if (entries.get('format')?.[0] !== TEMPLATE_FORMAT) throw InputError.field('file', NOT_A_TEMPLATE);
  const version = entries.get('formatVersion')?.[0];
  if (typeof version !== 'number' || !READABLE_FORMAT_VERSIONS.includes(version)) {
    throw InputError.field('file', 'was made by another version of the tracker: download a new template');
  }
  const officeId = Number(entries.get('officeId')?.[0]);
  const periodId = Number(entries.get('periodId')?.[0]);
  if (!valid(officeId) || !valid(periodId) || reports.length === 0 || !reports.every((r) => valid(r.id))) {
    throw InputError.field('file', CHANGED);
  }
  if (version === 1) return { officeId, periodId, reports, language: DEFAULT_TEMPLATE_LANGUAGE, written: null };
  const language = TEMPLATE_LANGUAGES.find((known) => known === entries.get('language')?.[0]);
  const ids = [
    ...written.lines.map((line) => line.lineId),
    ...written.results.flatMap((result) => [result.reportId, result.componentId]),
  ];
  if (!language || !ids.every(valid)) throw InputError.field('file', CHANGED);
  return { officeId, periodId, reports, language, written };
}
