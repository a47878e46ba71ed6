import { Args, ID, Query, Resolver } from '@nestjs/graphql';
import { PageArgs } from '#src/common/crud/list-args.js';
import { Allow } from '#src/platform/auth/access.decorator.js';
import type { Actor } from '#src/platform/auth/actor.js';
import { CurrentActor } from '#src/platform/auth/current-actor.decorator.js';
import { Role } from '#src/platform/auth/role.enum.js';
import { AuditLog } from '#src/platform/audit/audit-log.service.js';
import { AuditEntryDTO } from '#src/platform/audit/dto/audit-entry.dto.js';

const json = (value: unknown): string | null => (value === null || value === undefined ? null : JSON.stringify(value));

/** Read-only: there is no mutation on audit entries. */
@Resolver(() => AuditEntryDTO)
export class AuditResolver {
  constructor(private readonly audit: AuditLog) {}

  @Allow(Role.ADMIN, Role.REGIONAL_MANAGER, Role.KM_OFFICER, Role.PROGRAMME_OFFICER)
  @Query(() => [AuditEntryDTO], {
    description:
      'Who changed what and when, oldest first; a trail longer than perPage (at most 1000) goes on at the next page',
  })
  async auditTrail(
    @CurrentActor() actor: Actor,
    @Args('entityType', { description: 'A GraphQL type name, e.g. IndicatorResult' }) entityType: string,
    @Args('entityId', { type: () => ID }) entityId: string,
    @Args() paging: PageArgs,
  ): Promise<AuditEntryDTO[]> {
    const entries = await this.audit.trail(actor, entityType.slice(0, 50), entityId, paging);
    return entries.map((entry) => ({
      ...entry,
      changes: entry.changes.map((change) => ({
        field: change.field,
        before: json(change.before),
        after: json(change.after),
      })),
    }));
  }
}
