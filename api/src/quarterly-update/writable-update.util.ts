import type { EntityManager } from 'typeorm';
import type { Actor } from '#src/auth/actor.js';
import { findReference } from '#src/common/crud/reference.util.js';
import { assertWritableOffice } from '#src/common/scope/office-scope.js';
import { QuarterlyUpdateEntity } from '#src/quarterly-update/quarterly-update.entity.js';

/** The update a part (critical issue, key contact) belongs to, if the actor may change it. */
export async function findWritableUpdate(
  manager: EntityManager,
  actor: Actor,
  updateId: string | number,
  field: string,
) {
  const update = await findReference(manager, QuarterlyUpdateEntity, updateId, field, 'QuarterlyUpdate');
  assertWritableOffice(actor, update.officeId, field, 'the KM updates');
  return update;
}
