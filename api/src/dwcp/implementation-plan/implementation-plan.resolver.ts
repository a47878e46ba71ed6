import { Args, ID, Mutation, ResolveField, Resolver } from '@nestjs/graphql';
import { Allow } from '#src/platform/auth/access.decorator.js';
import type { Actor } from '#src/platform/auth/actor.js';
import { CurrentActor } from '#src/platform/auth/current-actor.decorator.js';
import { Role } from '#src/platform/auth/role.enum.js';
import { SubmitProgressReportArgs } from '#src/dwcp/progress-report/dto/submit-progress-report.args.js';
import { ReturnImplementationPlanArgs } from '#src/dwcp/implementation-plan/dto/return-implementation-plan.args.js';
import { PlanWorkflowService } from '#src/dwcp/implementation-plan/plan-workflow.service.js';
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
  constructor(
    protected readonly service: ImplementationPlanService,
    private readonly workflow: PlanWorkflowService,
  ) {
    super();
  }

  @Allow(...DWCP_ACCESS.write)
  @Mutation(() => ImplementationPlanDTO, {
    description: 'DRAFT or RETURNED -> SUBMITTED, as a progress report; the same version twice does nothing twice',
  })
  submitImplementationPlan(@CurrentActor() actor: Actor, @Args() { id, version }: SubmitProgressReportArgs) {
    return this.workflow.submit(actor, id, version);
  }

  @Allow(Role.REGIONAL_MANAGER)
  @Mutation(() => ImplementationPlanDTO, {
    description: 'SUBMITTED -> APPROVED: items then change only by expenditure',
  })
  approveImplementationPlan(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }) id: string) {
    return this.workflow.approve(actor, id);
  }

  @Allow(Role.REGIONAL_MANAGER)
  @Mutation(() => ImplementationPlanDTO, { description: 'SUBMITTED -> RETURNED, with a reason' })
  returnImplementationPlan(@CurrentActor() actor: Actor, @Args() { id, reason }: ReturnImplementationPlanArgs) {
    return this.workflow.return(actor, id, reason);
  }

  @ResolveField(() => [PlanItemDTO])
  items(plan: ImplementationPlanEntity, _args: unknown, { loaders }: GraphQLContext) {
    return loaders.planItemsByPlan.load(plan.id);
  }
}
