import type { EntityManager } from 'typeorm';
import type { Actor } from '#src/platform/auth/actor.js';
import { CommunityOfPracticeEntity } from '#src/km/community-of-practice/community-of-practice.entity.js';
import { findWritableReference } from '#src/common/scope/writable-reference.util.js';

const COMMUNITY = {
  entity: CommunityOfPracticeEntity,
  label: 'CommunityOfPractice',
  what: 'the communities of practice',
};

/** The community a target or discussion belongs to, if the actor may change it. */
export const findWritableCommunity = (
  manager: EntityManager,
  actor: Actor,
  communityId: string | number,
  field: string,
) => findWritableReference(manager, actor, COMMUNITY, communityId, field);
