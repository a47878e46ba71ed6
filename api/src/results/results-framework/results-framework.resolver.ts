import { Args, ID, Mutation, ResolveField, Resolver } from '@nestjs/graphql';
import { Allow } from '#src/platform/auth/access.decorator.js';
import type { Actor } from '#src/platform/auth/actor.js';
import { CurrentActor } from '#src/platform/auth/current-actor.decorator.js';
import { FRAMEWORK_ACCESS } from '#src/results/framework-access.js';
import { CrudResolver } from '#src/common/crud/crud-resolver.factory.js';
import type { GraphQLContext } from '#src/common/graphql/graphql-context.js';
import { OutcomeDTO } from '#src/results/outcome/dto/outcome.dto.js';
import { CreateResultsFrameworkArgs } from '#src/results/results-framework/dto/create-results-framework.args.js';
import { ResultsFrameworkDTO } from '#src/results/results-framework/dto/results-framework.dto.js';
import { ResultsFrameworkFilter } from '#src/results/results-framework/dto/results-framework-filter.input.js';
import { UpdateResultsFrameworkArgs } from '#src/results/results-framework/dto/update-results-framework.args.js';
import type { ResultsFrameworkEntity } from '#src/results/results-framework/results-framework.entity.js';
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

  @ResolveField(() => [OutcomeDTO])
  outcomes(framework: ResultsFrameworkEntity, _args: unknown, { loaders }: GraphQLContext) {
    return loaders.outcomesByFramework.load(framework.id);
  }
}
