import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Allow } from '#src/platform/auth/access.decorator.js';
import type { Actor } from '#src/platform/auth/actor.js';
import { CurrentActor } from '#src/platform/auth/current-actor.decorator.js';
import { argsValidationPipe } from '#src/common/validation/validation.pipe.js';
import { FRAMEWORK_ACCESS } from '#src/results/framework-access.js';
import { ReviseComponentTargetArgs } from '#src/results/target-revision/dto/revise-component-target.args.js';
import { TargetRevisionDTO } from '#src/results/target-revision/dto/target-revision.dto.js';
import { TargetRevisionService } from '#src/results/target-revision/target-revision.service.js';

@Resolver(() => TargetRevisionDTO)
export class TargetRevisionResolver {
  constructor(private readonly service: TargetRevisionService) {}

  @Allow(...FRAMEWORK_ACCESS.read)
  @Query(() => [TargetRevisionDTO], { description: "A component's target history, oldest first" })
  targetRevisions(@CurrentActor() actor: Actor, @Args('componentId', { type: () => ID }) componentId: string) {
    return this.service.list(actor, componentId);
  }

  @Allow(...FRAMEWORK_ACCESS.write)
  @Mutation(() => TargetRevisionDTO, {
    description: 'A new baseline and target from a period on, for the region or an office; past periods keep theirs',
  })
  reviseComponentTarget(
    @CurrentActor() actor: Actor,
    @Args({ type: () => ReviseComponentTargetArgs }, argsValidationPipe(ReviseComponentTargetArgs))
    args: ReviseComponentTargetArgs,
  ) {
    return this.service.revise(actor, args);
  }
}
