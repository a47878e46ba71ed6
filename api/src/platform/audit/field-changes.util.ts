import type { FieldChange } from '#src/platform/audit/audit-entry.entity.js';

const IGNORED = new Set(['createdAt', 'updatedAt']);

const normalize = (value: unknown): unknown => {
  if (value === undefined) return null;
  if (value instanceof Date) return value.toISOString();
  return value;
};

/**
 * The fields that differ between two states of a record (null before a create, null after a
 * delete), in `fields` order: what a programme officer changed in a report since it was returned.
 * (The audit log diffs rows in the database, AuditLog.)
 */
export function fieldChanges(
  fields: string[],
  before: Record<string, unknown> | null,
  after: Record<string, unknown> | null,
): FieldChange[] {
  const changes: FieldChange[] = [];
  for (const field of fields) {
    if (IGNORED.has(field)) continue;
    const old = before ? normalize(before[field]) : null;
    const current = after ? normalize(after[field]) : null;
    if (JSON.stringify(old) === JSON.stringify(current)) continue;
    changes.push({ field, before: old, after: current });
  }
  return changes;
}
