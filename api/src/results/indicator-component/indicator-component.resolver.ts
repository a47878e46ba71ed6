import { ResolveField, Resolver } from '@nestjs/graphql';
import { FRAMEWORK_ACCESS } from '#src/results/framework-access.js';
import { CrudResolver } from '#src/common/crud/crud-resolver.factory.js';
import type { GraphQLContext } from '#src/common/graphql/graphql-context.js';
import { componentLabel } from '#src/results/indicator-component/component-rules.js';
import { CreateIndicatorComponentArgs } from '#src/results/indicator-component/dto/create-indicator-component.args.js';
import { IndicatorComponentDTO } from '#src/results/indicator-component/dto/indicator-component.dto.js';
import { IndicatorComponentFilter } from '#src/results/indicator-component/dto/indicator-component-filter.input.js';
import { UpdateIndicatorComponentArgs } from '#src/results/indicator-component/dto/update-indicator-component.args.js';
import type { IndicatorComponentEntity } from '#src/results/indicator-component/indicator-component.entity.js';
import { IndicatorComponentService } from '#src/results/indicator-component/indicator-component.service.js';
import { IndicatorDTO } from '#src/results/indicator/dto/indicator.dto.js';
import { Measure } from '#src/results/indicator/indicator.enums.js';
import { IntermediateTargetDTO } from '#src/results/intermediate-target/dto/intermediate-target.dto.js';
import { ReportingPeriodDTO } from '#src/platform/reporting-period/dto/reporting-period.dto.js';

@Resolver(() => IndicatorComponentDTO)
export class IndicatorComponentResolver extends CrudResolver<IndicatorComponentEntity>({
  name: 'IndicatorComponent',
  plural: 'IndicatorComponents',
  dto: IndicatorComponentDTO,
  filter: IndicatorComponentFilter,
  createArgs: CreateIndicatorComponentArgs,
  updateArgs: UpdateIndicatorComponentArgs,
  access: FRAMEWORK_ACCESS,
}) {
  constructor(protected readonly service: IndicatorComponentService) {
    super();
  }

  @ResolveField(() => String, { description: '(i), (ii)...' })
  label(component: IndicatorComponentEntity) {
    return componentLabel(component.position);
  }

  @ResolveField(() => IndicatorDTO)
  indicator(component: IndicatorComponentEntity, _args: unknown, { loaders }: GraphQLContext) {
    return loaders.indicatorById.load(component.indicatorId);
  }

  @ResolveField(() => Measure, { description: "The component's measure, or else its indicator's" })
  async effectiveMeasure(component: IndicatorComponentEntity, _args: unknown, { loaders }: GraphQLContext) {
    return component.measure ?? (await loaders.indicatorById.load(component.indicatorId))!.measure;
  }

  @ResolveField(() => ReportingPeriodDTO, { nullable: true })
  targetPeriod(component: IndicatorComponentEntity, _args: unknown, { loaders }: GraphQLContext) {
    return component.targetPeriodId === null ? null : loaders.periodById.load(component.targetPeriodId);
  }

  @ResolveField(() => [IntermediateTargetDTO])
  intermediateTargets(component: IndicatorComponentEntity, _args: unknown, { loaders }: GraphQLContext) {
    return loaders.intermediateTargetsByComponent.load(component.id);
  }
}
