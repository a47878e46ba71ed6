import { ResolveField, Resolver } from '@nestjs/graphql';
import { FRAMEWORK_ACCESS } from '#src/results-framework/framework-access.js';
import { CrudResolver } from '#src/common/crud/crud-resolver.factory.js';
import type { GraphQLContext } from '#src/dataloader/graphql-context.js';
import { IndicatorDTO } from '#src/indicator/dto/indicator.dto.js';
import { CreateOutcomeArgs } from '#src/outcome/dto/create-outcome.args.js';
import { OutcomeDTO } from '#src/outcome/dto/outcome.dto.js';
import { OutcomeFilter } from '#src/outcome/dto/outcome-filter.input.js';
import { UpdateOutcomeArgs } from '#src/outcome/dto/update-outcome.args.js';
import type { OutcomeEntity } from '#src/outcome/outcome.entity.js';
import { OutcomeService } from '#src/outcome/outcome.service.js';
import { ResultsFrameworkDTO } from '#src/results-framework/dto/results-framework.dto.js';

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
