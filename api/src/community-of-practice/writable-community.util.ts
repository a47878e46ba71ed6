import type { EntityManager } from 'typeorm';
import type { Actor } from '#src/auth/actor.js';
import { findReference } from '#src/common/crud/reference.util.js';
import { assertWritableOffice } from '#src/common/scope/office-scope.js';
import { CommunityOfPracticeEntity } from '#src/community-of-practice/community-of-practice.entity.js';

/** The community a target or discussion belongs to, if the actor may change it. */
export async function findWritableCommunity(
  manager: EntityManager,
  actor: Actor,
  communityId: string | number,
  field: string,
) {
  const community = await findReference(manager, CommunityOfPracticeEntity, communityId, field, 'CommunityOfPractice');
  assertWritableOffice(actor, community.officeId, field, 'the communities of practice');
  return community;
}
