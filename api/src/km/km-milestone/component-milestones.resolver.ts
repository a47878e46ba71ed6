import { ResolveField, Resolver } from '@nestjs/graphql';
import type { RequestWithActor } from '#src/platform/auth/access.guard.js';
import type { GraphQLContext } from '#src/common/graphql/graphql-context.js';
import { IndicatorComponentDTO } from '#src/results/indicator-component/dto/indicator-component.dto.js';
import type { IndicatorComponentEntity } from '#src/results/indicator-component/indicator-component.entity.js';
import { KmMilestoneDTO } from '#src/km/km-milestone/dto/km-milestone.dto.js';
import { KmMilestoneService } from '#src/km/km-milestone/km-milestone.service.js';

/** A component's page lists the KM milestones that advance it, within the caller's offices. */
@Resolver(() => IndicatorComponentDTO)
export class ComponentMilestonesResolver {
  constructor(private readonly milestones: KmMilestoneService) {}

  @ResolveField(() => [KmMilestoneDTO], {
    description: "The KM milestones that advance it, of the caller's offices, oldest first",
  })
  kmMilestones(component: IndicatorComponentEntity, _args: unknown, { req }: GraphQLContext) {
    // The AccessGuard authenticated the operation this field belongs to (docs/adr/0009).
    const actor = (req as RequestWithActor).actor;
    if (!actor) return [];
    return this.milestones.list(
      actor,
      { sortField: 'startDate', sortOrder: 'ASC' },
      { componentId: String(component.id) },
    );
  }
}
