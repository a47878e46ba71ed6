import type { EntityManager } from 'typeorm';
import type { Actor } from '#src/platform/auth/actor.js';
import { findReference } from '#src/common/crud/reference.util.js';
import { ForbiddenInputError } from '#src/common/errors/forbidden-input.error.js';
import { OfficeEntity } from '#src/platform/office/office.entity.js';
import { officeSubtree } from '#src/platform/office/office-tree.util.js';

/**
 * The offices a figure may count: `officeId` and those under it, within what the actor may read;
 * without an office, all the actor may read (null: every office). Asking for an office out of
 * reach is refused, naming `officeId`.
 */
export async function officesInReach(
  manager: EntityManager,
  actor: Actor,
  officeId: string | null,
): Promise<number[] | null> {
  const readable = actor.readableOfficeIds();
  if (officeId === null) return readable;
  const office = await findReference(manager, OfficeEntity, officeId, 'officeId', 'Office');
  if (readable !== null && !readable.includes(office.id)) {
    throw new ForbiddenInputError('officeId', `${office.code} is outside the offices you may see`);
  }
  const subtree = await officeSubtree(manager, [office.id]);
  return readable === null ? subtree : subtree.filter((id) => readable.includes(id));
}
