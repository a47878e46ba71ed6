import type { DueComponent, ReportChange } from '../../app/dataProvider/progressReports';

// The server names changes `achievements`, `line A1.status` or `result 12.value`, with JSON values.
// These helpers make them readable; the wording comes from the catalogue.

export type Translate = (key: string, options?: Record<string, unknown>) => string;

export const LINE_FIELD_LABELS: Record<string, string> = {
  status: 'reports.form.status',
  percentComplete: 'reports.form.percentComplete',
  narrative: 'reports.form.progress',
  challenges: 'reports.form.challenges',
};
export const RESULT_FIELD_LABELS: Record<string, string> = {
  value: 'reports.form.value',
  narrative: 'reports.form.narrative',
  milestoneStatus: 'reports.form.milestoneStatus',
  evidenceLinks: 'reports.form.evidenceLinks',
  disaggregations: 'reports.form.disaggregations',
};
const ENUM_OF: Record<string, string> = { status: 'PlanItemStatus', milestoneStatus: 'MilestoneStatus' };

export interface ReadableChange {
  what: string;
  before: string;
  after: string;
}

export const parse = (json: string | null): unknown => {
  if (json === null) return null;
  try {
    return JSON.parse(json) as unknown;
  } catch {
    return json;
  }
};

export const show = (value: unknown, field: string, translate: Translate): string => {
  if (value === null || value === undefined || value === '') return '—';
  if (Array.isArray(value)) {
    if (value.length === 0) return '—';
    return value
      .map((item) =>
        typeof item === 'object' && item !== null
          ? Object.values(item as Record<string, unknown>).join(' ')
          : String(item),
      )
      .join(', ');
  }
  if (typeof value === 'string' && ENUM_OF[field]) return translate(`enums.${ENUM_OF[field]}.${value}`);
  return String(value);
};

/** One change as a row: "Item A1: Status", "Draft" → "Completed". */
export function readableChange(
  change: ReportChange,
  components: readonly DueComponent[],
  translate: Translate,
): ReadableChange {
  const line = /^line (.+)\.(\w+)$/.exec(change.field);
  const result = /^result (.+)\.(\w+)$/.exec(change.field);
  let what: string;
  let field = change.field;
  if (line) {
    field = line[2]!;
    what = translate('reports.changes.line', {
      code: line[1],
      field: translate(LINE_FIELD_LABELS[field] ?? field),
    });
  } else if (result) {
    field = result[2]!;
    const component = components.find((candidate) => candidate.id === result[1]);
    what = translate('reports.changes.result', {
      component: component ? `${component.indicator.code} ${component.label}` : result[1],
      field: translate(RESULT_FIELD_LABELS[field] ?? field),
    });
  } else {
    what = translate(`resources.ProgressReport.fields.${field}`, { _: field });
  }
  return {
    what,
    before: show(parse(change.before), field, translate),
    after: show(parse(change.after), field, translate),
  };
}
