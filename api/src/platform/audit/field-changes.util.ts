import type { FieldChange } from '#src/platform/audit/audit-entry.entity.js';

export const REDACTED = '[redacted]';

const IGNORED = new Set(['createdAt', 'updatedAt']);

const normalize = (value: unknown): unknown => {
  if (value === undefined) return null;
  if (value instanceof Date) return value.toISOString();
  return value;
};

/**
 * The fields that differ between two states of a record (null before a create, null after a
 * delete), in `fields` order. Secrets such as password hashes show only that they changed.
 */
export function fieldChanges(
  fields: string[],
  before: Record<string, unknown> | null,
  after: Record<string, unknown> | null,
  redacted: readonly string[] = [],
): FieldChange[] {
  const changes: FieldChange[] = [];
  for (const field of fields) {
    if (IGNORED.has(field)) continue;
    const old = before ? normalize(before[field]) : null;
    const current = after ? normalize(after[field]) : null;
    if (JSON.stringify(old) === JSON.stringify(current)) continue;
    const secret = redacted.includes(field);
    changes.push({
      field,
      before: secret && old !== null ? REDACTED : old,
      after: secret && current !== null ? REDACTED : current,
    });
  }
  return changes;
}
