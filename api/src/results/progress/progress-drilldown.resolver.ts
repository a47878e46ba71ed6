import { Args, Query, Resolver } from '@nestjs/graphql';
import { AnyRole } from '#src/platform/auth/access.decorator.js';
import type { Actor } from '#src/platform/auth/actor.js';
import { CurrentActor } from '#src/platform/auth/current-actor.decorator.js';
import { OfficeProgressArgs, ProgressTrendArgs } from '#src/results/progress/dto/progress-drilldown.args.js';
import { OfficeProgressDTO, ProgressTrendPointDTO } from '#src/results/progress/dto/progress-drilldown.dto.js';
import { ProgressDrilldownService } from '#src/results/progress/progress-drilldown.service.js';

@Resolver()
export class ProgressDrilldownResolver {
  constructor(private readonly drilldown: ProgressDrilldownService) {}

  @AnyRole()
  @Query(() => [ProgressTrendPointDTO], {
    description: "An indicator's components at the end of each period, oldest first, as indicatorProgress counts them",
  })
  indicatorProgressTrend(@CurrentActor() actor: Actor, @Args() args: ProgressTrendArgs) {
    return this.drilldown.trend(actor, args);
  }

  @AnyRole()
  @Query(() => [OfficeProgressDTO], {
    description: 'One component office by office, for the offices the caller may see that reported it',
  })
  componentOfficeProgress(@CurrentActor() actor: Actor, @Args() args: OfficeProgressArgs) {
    return this.drilldown.officeProgress(actor, args);
  }
}
