import type { ReportDetail, ReportHistoryEntry } from '../../app/dataProvider/progressReports';
import { LINE_FIELD_LABELS, RESULT_FIELD_LABELS, parse, show, type ReadableChange, type Translate } from './changes';

// The audit trail names records by type and id and fields in camelCase, with JSON values; these helpers say
// which part of the report an entry is about and what changed, in the reader's language.

/** A line or result always belongs to this report and its office: repeating that says nothing. */
const FIXED_CHILD_FIELDS = new Set(['reportId', 'planItemId', 'componentId', 'officeId', 'periodId']);

export interface ReadableHistoryEntry {
  id: string;
  at: string;
  who: string;
  /** "Report", "Item A1", "Result 4.1 (ii)". */
  subject: string;
  /** "Changed (form)", "Submitted (workflow step)". */
  action: string;
  reason: string | null;
  changes: ReadableChange[];
}

const subjectOf = (entry: ReportHistoryEntry, report: ReportDetail, translate: Translate): string => {
  if (entry.entityType === 'ProgressReportLine') {
    const line = report.lines.find((candidate) => candidate.id === entry.entityId);
    return translate('reports.history.line', { code: line?.planItem.code ?? `#${entry.entityId}` });
  }
  if (entry.entityType === 'IndicatorResult') {
    const result = report.results.find((candidate) => candidate.id === entry.entityId);
    const component = report.dueComponents.find((candidate) => candidate.id === result?.componentId);
    const name = component ? `${component.indicator.code} ${component.label}` : `#${entry.entityId}`;
    return translate('reports.history.result', { component: name });
  }
  return translate('reports.history.report');
};

const labelOf = (entityType: string, field: string, translate: Translate): string => {
  const key =
    entityType === 'ProgressReportLine'
      ? LINE_FIELD_LABELS[field]
      : entityType === 'IndicatorResult'
        ? RESULT_FIELD_LABELS[field]
        : `resources.ProgressReport.fields.${field}`;
  return key ? translate(key, { _: field }) : field;
};

/** One audit entry of the report's timeline as the history panel shows it. */
export function readableHistoryEntry(
  entry: ReportHistoryEntry,
  report: ReportDetail,
  translate: Translate,
): ReadableHistoryEntry {
  const isChild = entry.entityType !== 'ProgressReport';
  const changes = entry.changes
    .filter((change) => !(isChild && FIXED_CHILD_FIELDS.has(change.field)))
    .map((change) => ({
      what: labelOf(entry.entityType, change.field, translate),
      before: show(parse(change.before ?? null), change.field, translate),
      after: show(parse(change.after ?? null), change.field, translate),
    }));
  return {
    id: entry.id,
    at: entry.at,
    who: entry.userEmail ?? translate('reports.history.system'),
    subject: subjectOf(entry, report, translate),
    action: translate('reports.history.actionVia', {
      action: translate(`reports.history.action.${entry.action}`, { _: entry.action }),
      via: translate(`enums.AuditPath.${entry.via}`),
    }),
    reason: entry.reason ?? null,
    changes,
  };
}
