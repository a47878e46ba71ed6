import type { EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';
import type { Actor } from '#src/platform/auth/actor.js';
import { parseId } from '#src/common/crud/id.util.js';
import { InputError } from '#src/common/errors/input.error.js';

/**
 * What the API answers for a record that does not exist, and so for one out of the caller's
 * reach: the same code (BAD_USER_INPUT), field and words, so that no answer tells a guesser
 * which ids exist in other offices.
 */
export function noSuchRecord(field: string, type: string, id: string | number): InputError {
  return InputError.field(field, `no ${type} with id ${id}`);
}

/**
 * Whether the actor may read records of `officeId` (Actor.readableOfficeIds); records of no
 * office (null: the framework, periods) are in everyone's reach.
 */
export function officeInReach(actor: Actor, officeId: number | null): boolean {
  if (officeId === null) return true;
  const readable = actor.readableOfficeIds();
  return readable === null || readable.includes(officeId);
}

/** Refuses a record of an office out of reach exactly as if `type` `id` did not exist. */
export function assertInReach(actor: Actor, officeId: number | null, field: string, type: string, id: string | number) {
  if (!officeInReach(actor, officeId)) throw noSuchRecord(field, type, id);
}

export interface ReachableReference<E> {
  entity: EntityTarget<E>;
  /** The GraphQL type name, as messages say it: "CountryProgramme". */
  label: string;
  /** The office holding the record (through its parents if need be); null: no office. */
  officeOf: (record: E, manager: EntityManager) => number | null | Promise<number | null>;
}

/**
 * Loads the record an argument refers to, if it exists and the actor may read it; otherwise fails
 * naming the argument, the same way in both cases (noSuchRecord). Whether the actor may also
 * change it is the caller's check: a record in reach but not writable may be refused as FORBIDDEN.
 */
export async function findInReach<E extends ObjectLiteral>(
  manager: EntityManager,
  actor: Actor,
  reference: ReachableReference<E>,
  id: string | number,
  field: string,
): Promise<E> {
  const record = await manager.findOneBy(reference.entity, { id: parseId(id, field) } as never);
  if (!record || !officeInReach(actor, await reference.officeOf(record, manager))) {
    throw noSuchRecord(field, reference.label, id);
  }
  return record;
}
