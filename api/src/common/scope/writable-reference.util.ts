import type { EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';
import type { Actor } from '#src/platform/auth/actor.js';
import { assertWritableOffice } from '#src/common/scope/office-scope.js';
import { findInReach } from '#src/common/scope/reach.js';

/**
 * A parent record held by an office (an update, a community), if the actor may change that
 * office's `what`; fails naming `field`. One out of the actor's reach is answered as one that
 * does not exist; one the actor may read but not change is refused (FORBIDDEN).
 */
export async function findWritableReference<E extends ObjectLiteral & { officeId: number }>(
  manager: EntityManager,
  actor: Actor,
  reference: { entity: EntityTarget<E>; label: string; what: string },
  id: string | number,
  field: string,
): Promise<E> {
  const record = await findInReach(manager, actor, { ...reference, officeOf: (found) => found.officeId }, id, field);
  assertWritableOffice(actor, record.officeId, field, reference.what);
  return record;
}
