import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import type { Actor } from '#src/platform/auth/actor.js';
import { joinPath } from '#src/common/crud/apply-list-query.js';
import { ForbiddenInputError } from '#src/common/errors/forbidden-input.error.js';

/**
 * Narrows a list to records of offices the actor may read. `path` leads from the listed entity to
 * the one holding `officeId`, e.g. ['plan', 'programme'] for a plan item; empty when it holds it.
 */
export function officeScoped<E extends ObjectLiteral>(
  qb: SelectQueryBuilder<E>,
  actor: Actor,
  path: string[] = [],
): void {
  const offices = actor.readableOfficeIds();
  if (offices === null) return;
  const alias = joinPath(qb as SelectQueryBuilder<ObjectLiteral>, path, 'office_scope');
  qb.andWhere(`${alias}.officeId = ANY(:scopeOffices)`, { scopeOffices: offices });
}

/**
 * Refuses a write for an office the actor does not work for (reading wider than writing is
 * common), saying "you may not change <what> of another office" unless given its own message.
 */
export function assertWritableOffice(
  actor: Actor,
  officeId: number,
  field: string,
  what: string,
  message?: string,
): void {
  const writable = actor.writableOfficeIds;
  if (writable !== null && !writable.includes(officeId)) {
    throw new ForbiddenInputError(field, message ?? `you may not change ${what} of another office`);
  }
}
