import { Args, Query, Resolver } from '@nestjs/graphql';
import { ComponentProgressArgs } from '#src/progress/dto/component-progress.args.js';
import { ComponentProgressDTO } from '#src/progress/dto/component-progress.dto.js';
import { ProgressService } from '#src/progress/progress.service.js';

@Resolver(() => ComponentProgressDTO)
export class ProgressResolver {
  constructor(private readonly progress: ProgressService) {}

  @Query(() => [ComponentProgressDTO], {
    description: 'Each component of a framework with baseline, target, actual to date, % achievement and status',
  })
  indicatorProgress(@Args() args: ComponentProgressArgs): Promise<ComponentProgressDTO[]> {
    return this.progress.componentProgress(args);
  }
}
