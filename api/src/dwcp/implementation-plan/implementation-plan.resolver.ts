import { ResolveField, Resolver } from '@nestjs/graphql';
import { CrudResolver } from '#src/common/crud/crud-resolver.factory.js';
import { DWCP_ACCESS } from '#src/dwcp/dwcp-access.js';
import type { GraphQLContext } from '#src/common/graphql/graphql-context.js';
import { CreateImplementationPlanArgs } from '#src/dwcp/implementation-plan/dto/create-implementation-plan.args.js';
import { ImplementationPlanDTO } from '#src/dwcp/implementation-plan/dto/implementation-plan.dto.js';
import { ImplementationPlanFilter } from '#src/dwcp/implementation-plan/dto/implementation-plan-filter.input.js';
import { UpdateImplementationPlanArgs } from '#src/dwcp/implementation-plan/dto/update-implementation-plan.args.js';
import type { ImplementationPlanEntity } from '#src/dwcp/implementation-plan/implementation-plan.entity.js';
import { ImplementationPlanService } from '#src/dwcp/implementation-plan/implementation-plan.service.js';
import { PlanItemDTO } from '#src/dwcp/plan-item/dto/plan-item.dto.js';

@Resolver(() => ImplementationPlanDTO)
export class ImplementationPlanResolver extends CrudResolver<ImplementationPlanEntity>({
  name: 'ImplementationPlan',
  plural: 'ImplementationPlans',
  dto: ImplementationPlanDTO,
  filter: ImplementationPlanFilter,
  createArgs: CreateImplementationPlanArgs,
  updateArgs: UpdateImplementationPlanArgs,
  access: DWCP_ACCESS,
}) {
  constructor(protected readonly service: ImplementationPlanService) {
    super();
  }

  @ResolveField(() => [PlanItemDTO])
  items(plan: ImplementationPlanEntity, _args: unknown, { loaders }: GraphQLContext) {
    return loaders.planItemsByPlan.load(plan.id);
  }
}
