import { NUMBER_LANGUAGES, type NumberLanguage } from '#src/common/validation/number-text.js';
import { MilestoneStatus } from '#src/results/indicator-result/milestone-status.enum.js';
import { LineStatus } from '#src/dwcp/progress-report/progress-report.enums.js';

/**
 * The offline report template's structure, shared by the writer and the reader so that a column
 * can never be written in one place and read from another.
 */
export const TEMPLATE_FORMAT = 'roap-report-template';
/**
 * 2: the hidden sheet also records the template's language and every row written, so that a deleted
 * row is found. Version 1 files are still read (in English, their rows checked against the reports).
 */
export const TEMPLATE_FORMAT_VERSION = 2;
export const READABLE_FORMAT_VERSIONS: readonly number[] = [1, 2];

/** The language the template is written in, and in which numbers typed as text are read. */
export const TEMPLATE_LANGUAGES = NUMBER_LANGUAGES;
export type TemplateLanguage = NumberLanguage;
export const DEFAULT_TEMPLATE_LANGUAGE: TemplateLanguage = 'en';

/**
 * id: hidden, identifies the row; fixed: locked context; the others are what the officer fills.
 * text and choice cells hold text, number cells numbers.
 */
export type CellKind = 'id' | 'fixed' | 'text' | 'number' | 'choice';

export interface Choice {
  value: string;
  label: string;
}

export interface TemplateColumn {
  key: string;
  header: string;
  width: number;
  kind: CellKind;
  choices?: readonly Choice[];
}

export interface TemplateSheet {
  name: string;
  columns: readonly TemplateColumn[];
}

export const LINE_STATUS_CHOICES: readonly Choice[] = [
  { value: LineStatus.NOT_STARTED, label: 'Not started' },
  { value: LineStatus.ON_TRACK, label: 'On track' },
  { value: LineStatus.DELAYED, label: 'Delayed' },
  { value: LineStatus.COMPLETED, label: 'Completed' },
  { value: LineStatus.CANCELLED, label: 'Cancelled' },
];

export const MILESTONE_STATUS_CHOICES: readonly Choice[] = [
  { value: MilestoneStatus.NOT_STARTED, label: 'Not started' },
  { value: MilestoneStatus.IN_PROGRESS, label: 'In progress' },
  { value: MilestoneStatus.ACHIEVED, label: 'Achieved' },
  { value: MilestoneStatus.NOT_ACHIEVED, label: 'Not achieved' },
];

export const REPORT_SHEET = {
  name: 'Report',
  columns: [
    { key: 'reportId', header: 'Report id', width: 8, kind: 'id' },
    { key: 'programme', header: 'Programme', width: 36, kind: 'fixed' },
    { key: 'status', header: 'Status', width: 12, kind: 'fixed' },
    { key: 'achievements', header: 'Achievements', width: 50, kind: 'text' },
    { key: 'challenges', header: 'Challenges', width: 50, kind: 'text' },
    { key: 'nextSteps', header: 'Next steps', width: 50, kind: 'text' },
  ],
} as const satisfies TemplateSheet;

export const LINES_SHEET = {
  name: 'Plan items',
  columns: [
    { key: 'lineId', header: 'Line id', width: 8, kind: 'id' },
    { key: 'programmeOutcome', header: 'DWCP outcome', width: 30, kind: 'fixed' },
    { key: 'code', header: 'Code', width: 9, kind: 'fixed' },
    { key: 'title', header: 'Plan item', width: 40, kind: 'fixed' },
    { key: 'period', header: 'Planned', width: 18, kind: 'fixed' },
    { key: 'status', header: 'Status', width: 14, kind: 'choice', choices: LINE_STATUS_CHOICES },
    { key: 'percentComplete', header: '% complete', width: 11, kind: 'number' },
    { key: 'narrative', header: 'Progress this quarter', width: 45, kind: 'text' },
    { key: 'challenges', header: 'Challenges', width: 35, kind: 'text' },
    { key: 'reviewerComment', header: 'Reviewer comment', width: 30, kind: 'fixed' },
  ],
} as const satisfies TemplateSheet;

export const RESULTS_SHEET = {
  name: 'Indicators',
  columns: [
    { key: 'reportId', header: 'Report id', width: 8, kind: 'id' },
    { key: 'componentId', header: 'Component id', width: 8, kind: 'id' },
    { key: 'outcome', header: 'Outcome', width: 26, kind: 'fixed' },
    { key: 'indicator', header: 'Indicator', width: 40, kind: 'fixed' },
    { key: 'measure', header: 'Measure', width: 14, kind: 'fixed' },
    { key: 'baseline', header: 'Baseline', width: 18, kind: 'fixed' },
    { key: 'target', header: 'Target', width: 18, kind: 'fixed' },
    { key: 'value', header: 'Value this quarter', width: 12, kind: 'number' },
    {
      key: 'milestoneStatus',
      header: 'Milestone status',
      width: 14,
      kind: 'choice',
      choices: MILESTONE_STATUS_CHOICES,
    },
    { key: 'narrative', header: 'Narrative', width: 45, kind: 'text' },
  ],
} as const satisfies TemplateSheet;

/** The very hidden sheet saying which office, quarter and report versions the template was made from. */
export const META_SHEET = 'Template';
export const INSTRUCTIONS_SHEET = 'Instructions';

/** The data sheets' rows start below their header row. */
export const FIRST_DATA_ROW = 2;

export type ColumnKey<S extends TemplateSheet> = S['columns'][number]['key'];

/** 1-based column number of `key` in `sheet`. */
export function columnNumber<S extends TemplateSheet>(sheet: S, key: ColumnKey<S>): number {
  return sheet.columns.findIndex((column) => column.key === key) + 1;
}

/** Column letter (A..Z: the template has fewer than 27 columns). */
export const columnLetter = (number: number): string => String.fromCharCode(64 + number);

export function columnOf<S extends TemplateSheet>(sheet: S, key: ColumnKey<S>): TemplateColumn {
  return sheet.columns[columnNumber(sheet, key) - 1]!;
}

/** The stored value for a label or a value typed in any case; undefined when it is not a choice. */
export function choiceValue(choices: readonly Choice[], typed: string): string | undefined {
  const wanted = typed.trim().toLowerCase();
  return choices.find((choice) => choice.label.toLowerCase() === wanted || choice.value.toLowerCase() === wanted)
    ?.value;
}

export const choiceLabel = (choices: readonly Choice[], value: string | null): string =>
  choices.find((choice) => choice.value === value)?.label ?? '';
