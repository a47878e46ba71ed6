import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import type { Actor } from '#src/platform/auth/actor.js';
import { Role } from '#src/platform/auth/role.enum.js';
import { joinPath } from '#src/common/crud/apply-list-query.js';

/**
 * Viewers (donors, constituents, partners) see a framework and its parts only once it is
 * published. `path` leads from the listed entity to its framework, e.g. ['indicator', 'outcome',
 * 'framework'] for a component; empty for the framework itself.
 */
export function publishedOnlyForViewers<E extends ObjectLiteral>(
  qb: SelectQueryBuilder<E>,
  actor: Actor,
  path: string[],
): void {
  if (actor.role !== Role.VIEWER) return;
  const alias = joinPath(qb as SelectQueryBuilder<ObjectLiteral>, path, 'published_scope');
  qb.andWhere(`${alias}.publishedAt IS NOT NULL`);
}
