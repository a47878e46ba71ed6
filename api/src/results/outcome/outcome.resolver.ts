import { ResolveField, Resolver } from '@nestjs/graphql';
import { FRAMEWORK_ACCESS } from '#src/results/framework-access.js';
import { CrudResolver } from '#src/common/crud/crud-resolver.factory.js';
import type { GraphQLContext } from '#src/common/graphql/graphql-context.js';
import { IndicatorDTO } from '#src/results/indicator/dto/indicator.dto.js';
import { CreateOutcomeArgs } from '#src/results/outcome/dto/create-outcome.args.js';
import { OutcomeDTO } from '#src/results/outcome/dto/outcome.dto.js';
import { OutcomeFilter } from '#src/results/outcome/dto/outcome-filter.input.js';
import { UpdateOutcomeArgs } from '#src/results/outcome/dto/update-outcome.args.js';
import type { OutcomeEntity } from '#src/results/outcome/outcome.entity.js';
import { OutcomeService } from '#src/results/outcome/outcome.service.js';
import { ResultsFrameworkDTO } from '#src/results/results-framework/dto/results-framework.dto.js';

@Resolver(() => OutcomeDTO)
export class OutcomeResolver extends CrudResolver<OutcomeEntity>({
  name: 'Outcome',
  plural: 'Outcomes',
  dto: OutcomeDTO,
  filter: OutcomeFilter,
  createArgs: CreateOutcomeArgs,
  updateArgs: UpdateOutcomeArgs,
  access: FRAMEWORK_ACCESS,
}) {
  constructor(protected readonly service: OutcomeService) {
    super();
  }

  @ResolveField(() => ResultsFrameworkDTO)
  framework(outcome: OutcomeEntity, _args: unknown, { loaders }: GraphQLContext) {
    return loaders.frameworkById.load(outcome.frameworkId);
  }

  @ResolveField(() => [IndicatorDTO])
  indicators(outcome: OutcomeEntity, _args: unknown, { loaders }: GraphQLContext) {
    return loaders.indicatorsByOutcome.load(outcome.id);
  }
}
