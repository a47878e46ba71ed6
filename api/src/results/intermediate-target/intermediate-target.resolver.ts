import { ResolveField, Resolver } from '@nestjs/graphql';
import { FRAMEWORK_ACCESS } from '#src/results/framework-access.js';
import { CrudResolver } from '#src/common/crud/crud-resolver.factory.js';
import type { GraphQLContext } from '#src/common/graphql/graphql-context.js';
import { IndicatorComponentDTO } from '#src/results/indicator-component/dto/indicator-component.dto.js';
import { CreateIntermediateTargetArgs } from '#src/results/intermediate-target/dto/create-intermediate-target.args.js';
import { IntermediateTargetDTO } from '#src/results/intermediate-target/dto/intermediate-target.dto.js';
import { IntermediateTargetFilter } from '#src/results/intermediate-target/dto/intermediate-target-filter.input.js';
import { UpdateIntermediateTargetArgs } from '#src/results/intermediate-target/dto/update-intermediate-target.args.js';
import type { IntermediateTargetEntity } from '#src/results/intermediate-target/intermediate-target.entity.js';
import { IntermediateTargetService } from '#src/results/intermediate-target/intermediate-target.service.js';
import { ReportingPeriodDTO } from '#src/platform/reporting-period/dto/reporting-period.dto.js';

@Resolver(() => IntermediateTargetDTO)
export class IntermediateTargetResolver extends CrudResolver<IntermediateTargetEntity>({
  name: 'IntermediateTarget',
  plural: 'IntermediateTargets',
  dto: IntermediateTargetDTO,
  filter: IntermediateTargetFilter,
  createArgs: CreateIntermediateTargetArgs,
  updateArgs: UpdateIntermediateTargetArgs,
  access: FRAMEWORK_ACCESS,
}) {
  constructor(protected readonly service: IntermediateTargetService) {
    super();
  }

  @ResolveField(() => IndicatorComponentDTO)
  component(target: IntermediateTargetEntity, _args: unknown, { loaders }: GraphQLContext) {
    return loaders.componentById.load(target.componentId);
  }

  @ResolveField(() => ReportingPeriodDTO)
  period(target: IntermediateTargetEntity, _args: unknown, { loaders }: GraphQLContext) {
    return loaders.periodById.load(target.periodId);
  }
}
