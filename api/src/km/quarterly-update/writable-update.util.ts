import type { EntityManager } from 'typeorm';
import type { Actor } from '#src/platform/auth/actor.js';
import { findWritableReference } from '#src/common/scope/writable-reference.util.js';
import { QuarterlyUpdateEntity } from '#src/km/quarterly-update/quarterly-update.entity.js';

const UPDATE = { entity: QuarterlyUpdateEntity, label: 'QuarterlyUpdate', what: 'the KM updates' };

/** The update a part (critical issue, key contact) belongs to, if the actor may change it. */
export const findWritableUpdate = (manager: EntityManager, actor: Actor, updateId: string | number, field: string) =>
  findWritableReference(manager, actor, UPDATE, updateId, field);
