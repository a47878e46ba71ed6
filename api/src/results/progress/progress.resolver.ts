import { Args, Query, Resolver } from '@nestjs/graphql';
import { AnyRole } from '#src/platform/auth/access.decorator.js';
import type { Actor } from '#src/platform/auth/actor.js';
import { CurrentActor } from '#src/platform/auth/current-actor.decorator.js';
import { ComponentProgressArgs } from '#src/results/progress/dto/component-progress.args.js';
import { ComponentProgressDTO } from '#src/results/progress/dto/component-progress.dto.js';
import { ProgressService } from '#src/results/progress/progress.service.js';

@Resolver(() => ComponentProgressDTO)
export class ProgressResolver {
  constructor(private readonly progress: ProgressService) {}

  @AnyRole()
  @Query(() => [ComponentProgressDTO], {
    description:
      'Each component of a framework with baseline, target, actual to date, % achievement and status, counting the results the caller may see',
  })
  indicatorProgress(
    @CurrentActor() actor: Actor,
    @Args() args: ComponentProgressArgs,
  ): Promise<readonly ComponentProgressDTO[]> {
    return this.progress.componentProgress(actor, args);
  }
}
