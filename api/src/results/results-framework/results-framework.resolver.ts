import { Args, ID, Mutation, ResolveField, Resolver } from '@nestjs/graphql';
import { Allow } from '#src/platform/auth/access.decorator.js';
import type { Actor } from '#src/platform/auth/actor.js';
import { CurrentActor } from '#src/platform/auth/current-actor.decorator.js';
import { FRAMEWORK_ACCESS } from '#src/results/framework-access.js';
import { CrudResolver } from '#src/common/crud/crud-resolver.factory.js';
import type { GraphQLContext } from '#src/common/graphql/graphql-context.js';
import { OutcomeDTO } from '#src/results/outcome/dto/outcome.dto.js';
import { CopyResultsFrameworkArgs } from '#src/results/results-framework/dto/copy-results-framework.args.js';
import { CreateResultsFrameworkArgs } from '#src/results/results-framework/dto/create-results-framework.args.js';
import { ResultsFrameworkDTO } from '#src/results/results-framework/dto/results-framework.dto.js';
import { ResultsFrameworkFilter } from '#src/results/results-framework/dto/results-framework-filter.input.js';
import { UpdateResultsFrameworkArgs } from '#src/results/results-framework/dto/update-results-framework.args.js';
import type { ResultsFrameworkEntity } from '#src/results/results-framework/results-framework.entity.js';
import { readableFramework } from '#src/results/results-framework/framework-versions.js';
import { ResultsFrameworkService } from '#src/results/results-framework/results-framework.service.js';

@Resolver(() => ResultsFrameworkDTO)
export class ResultsFrameworkResolver extends CrudResolver<ResultsFrameworkEntity>({
  name: 'ResultsFramework',
  plural: 'ResultsFrameworks',
  dto: ResultsFrameworkDTO,
  filter: ResultsFrameworkFilter,
  createArgs: CreateResultsFrameworkArgs,
  updateArgs: UpdateResultsFrameworkArgs,
  access: FRAMEWORK_ACCESS,
}) {
  constructor(protected readonly service: ResultsFrameworkService) {
    super();
  }

  @Allow(...FRAMEWORK_ACCESS.write)
  @Mutation(() => ResultsFrameworkDTO, { description: 'Shows the framework to viewers' })
  publishResultsFramework(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }) id: string) {
    return this.service.setPublished(actor, id, true);
  }

  @Allow(...FRAMEWORK_ACCESS.write)
  @Mutation(() => ResultsFrameworkDTO, { description: 'Hides the framework from viewers again' })
  unpublishResultsFramework(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }) id: string) {
    return this.service.setPublished(actor, id, false);
  }

  @Allow(...FRAMEWORK_ACCESS.write)
  @Mutation(() => ResultsFrameworkDTO, {
    description:
      "A new version for a new period: the framework's outcomes, indicators and components (not its results), each indicator linked to the one it continues",
  })
  copyResultsFramework(@CurrentActor() actor: Actor, @Args() args: CopyResultsFrameworkArgs) {
    return this.service.copy(actor, args);
  }

  @ResolveField(() => ResultsFrameworkDTO, { nullable: true, description: 'The version this one continues' })
  predecessor(framework: ResultsFrameworkEntity, _args: unknown, context: GraphQLContext) {
    return readableFramework(framework.predecessorId, context);
  }

  @ResolveField(() => ResultsFrameworkDTO, { nullable: true, description: 'The next version, copied from this one' })
  async successor(framework: ResultsFrameworkEntity, _args: unknown, context: GraphQLContext) {
    const successor = await context.loaders.frameworkSuccessor.load(framework.id);
    return readableFramework(successor?.id, context);
  }

  @ResolveField(() => [OutcomeDTO])
  outcomes(framework: ResultsFrameworkEntity, _args: unknown, { loaders }: GraphQLContext) {
    return loaders.outcomesByFramework.load(framework.id);
  }
}
