import { ID, ResolveField, Resolver } from '@nestjs/graphql';
import { FRAMEWORK_ACCESS } from '#src/results/framework-access.js';
import { CrudResolver } from '#src/common/crud/crud-resolver.factory.js';
import type { GraphQLContext } from '#src/common/graphql/graphql-context.js';
import { IndicatorComponentDTO } from '#src/results/indicator-component/dto/indicator-component.dto.js';
import { CreateIndicatorArgs } from '#src/results/indicator/dto/create-indicator.args.js';
import { IndicatorDTO } from '#src/results/indicator/dto/indicator.dto.js';
import { IndicatorFilter } from '#src/results/indicator/dto/indicator-filter.input.js';
import { UpdateIndicatorArgs } from '#src/results/indicator/dto/update-indicator.args.js';
import type { IndicatorEntity } from '#src/results/indicator/indicator.entity.js';
import { readableIndicator } from '#src/results/results-framework/framework-versions.js';
import { IndicatorService } from '#src/results/indicator/indicator.service.js';
import { OutcomeDTO } from '#src/results/outcome/dto/outcome.dto.js';

@Resolver(() => IndicatorDTO)
export class IndicatorResolver extends CrudResolver<IndicatorEntity>({
  name: 'Indicator',
  plural: 'Indicators',
  dto: IndicatorDTO,
  filter: IndicatorFilter,
  createArgs: CreateIndicatorArgs,
  updateArgs: UpdateIndicatorArgs,
  access: FRAMEWORK_ACCESS,
}) {
  constructor(protected readonly service: IndicatorService) {
    super();
  }

  @ResolveField(() => OutcomeDTO)
  outcome(indicator: IndicatorEntity, _args: unknown, { loaders }: GraphQLContext) {
    return loaders.outcomeById.load(indicator.outcomeId);
  }

  @ResolveField(() => ID)
  async frameworkId(indicator: IndicatorEntity, _args: unknown, { loaders }: GraphQLContext) {
    return (await loaders.outcomeById.load(indicator.outcomeId))!.frameworkId;
  }

  @ResolveField(() => IndicatorDTO, {
    nullable: true,
    description: "The indicator of the framework's previous version that this one continues",
  })
  async predecessor(indicator: IndicatorEntity, _args: unknown, context: GraphQLContext) {
    if (indicator.predecessorId === null) return null;
    return readableIndicator(await context.loaders.indicatorById.load(indicator.predecessorId), context);
  }

  @ResolveField(() => IndicatorDTO, {
    nullable: true,
    description: "The indicator of the framework's next version that continues this one",
  })
  async successor(indicator: IndicatorEntity, _args: unknown, context: GraphQLContext) {
    return readableIndicator(await context.loaders.indicatorSuccessor.load(indicator.id), context);
  }

  @ResolveField(() => [IndicatorComponentDTO])
  components(indicator: IndicatorEntity, _args: unknown, { loaders }: GraphQLContext) {
    // A component's effectiveMeasure reads its indicator: this one, already at hand.
    loaders.indicatorById.prime(indicator.id, indicator);
    return loaders.componentsByIndicator.load(indicator.id);
  }
}
