import type { EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';
import { parseId } from '#src/common/crud/id.util.js';
import { noSuchRecord } from '#src/common/scope/reach.js';

/** Loads the record an argument refers to, or fails naming the argument. */
export async function findReference<E extends ObjectLiteral>(
  manager: EntityManager,
  entity: EntityTarget<E>,
  id: string | number,
  field: string,
  label: string,
): Promise<E> {
  const record = await manager.findOneBy(entity, { id: parseId(id, field) } as never);
  if (!record) throw noSuchRecord(field, label, id);
  return record;
}

/** Copies the given (not undefined) values onto the record. */
export function assignGiven<T extends object>(record: T, changes: Partial<T>): void {
  for (const [key, value] of Object.entries(changes)) {
    if (value !== undefined) (record as Record<string, unknown>)[key] = value;
  }
}
