import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { CrudResolver } from '#src/common/crud/crud-resolver.factory.js';
import type { GraphQLContext } from '#src/dataloader/graphql-context.js';
import { OutcomeDTO } from '#src/outcome/dto/outcome.dto.js';
import { CreateResultsFrameworkArgs } from '#src/results-framework/dto/create-results-framework.args.js';
import { ResultsFrameworkDTO } from '#src/results-framework/dto/results-framework.dto.js';
import { ResultsFrameworkFilter } from '#src/results-framework/dto/results-framework-filter.input.js';
import { UpdateResultsFrameworkArgs } from '#src/results-framework/dto/update-results-framework.args.js';
import type { ResultsFrameworkEntity } from '#src/results-framework/results-framework.entity.js';
import { ResultsFrameworkService } from '#src/results-framework/results-framework.service.js';

@Resolver(() => ResultsFrameworkDTO)
export class ResultsFrameworkResolver extends CrudResolver<ResultsFrameworkEntity>({
  name: 'ResultsFramework',
  plural: 'ResultsFrameworks',
  dto: ResultsFrameworkDTO,
  filter: ResultsFrameworkFilter,
  createArgs: CreateResultsFrameworkArgs,
  updateArgs: UpdateResultsFrameworkArgs,
}) {
  constructor(protected readonly service: ResultsFrameworkService) {
    super();
  }

  @ResolveField(() => [OutcomeDTO])
  outcomes(@Parent() framework: ResultsFrameworkEntity, @Context() { loaders }: GraphQLContext) {
    return loaders.outcomesByFramework.load(framework.id);
  }
}
