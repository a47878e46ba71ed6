import type { EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';
import type { Actor } from '#src/platform/auth/actor.js';
import { findReference } from '#src/common/crud/reference.util.js';
import { assertWritableOffice } from '#src/common/scope/office-scope.js';

/**
 * A parent record held by an office (an update, a community), if the actor may change that
 * office's `what`; fails naming `field`.
 */
export async function findWritableReference<E extends ObjectLiteral & { officeId: number }>(
  manager: EntityManager,
  actor: Actor,
  reference: { entity: EntityTarget<E>; label: string; what: string },
  id: string | number,
  field: string,
): Promise<E> {
  const record = await findReference(manager, reference.entity, id, field, reference.label);
  assertWritableOffice(actor, record.officeId, field, reference.what);
  return record;
}
