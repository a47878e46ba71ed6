import type { FieldChange } from '#src/platform/audit/audit-entry.entity.js';
import { fieldChanges } from '#src/platform/audit/field-changes.util.js';

export interface ReportContent {
  achievements: string | null;
  challenges: string | null;
  nextSteps: string | null;
  /** By plan item code. */
  lines: Record<string, Record<string, unknown>>;
  /** By indicator component id. */
  results: Record<string, Record<string, unknown>>;
}

/** One value per path: `achievements`, `line A1.status`, `result 12.value`. */
function flatten(content: ReportContent): Record<string, unknown> {
  const flat: Record<string, unknown> = {
    achievements: content.achievements,
    challenges: content.challenges,
    nextSteps: content.nextSteps,
  };
  for (const [code, line] of Object.entries(content.lines)) {
    for (const [field, value] of Object.entries(line)) flat[`line ${code}.${field}`] = value;
  }
  for (const [component, result] of Object.entries(content.results)) {
    for (const [field, value] of Object.entries(result)) flat[`result ${component}.${field}`] = value;
  }
  return flat;
}

/** What the programme officer changed between two states of a report (e.g. since it was returned). */
export function reportChanges(before: ReportContent, after: ReportContent): FieldChange[] {
  const old = flatten(before);
  const current = flatten(after);
  // In the report's own order: the stored side comes back from jsonb with its keys re-sorted.
  const paths = [...new Set([...Object.keys(current), ...Object.keys(old)])];
  return fieldChanges(paths, old, current);
}
