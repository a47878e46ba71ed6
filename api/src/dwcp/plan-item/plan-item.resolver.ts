import { Resolver } from '@nestjs/graphql';
import { CrudResolver } from '#src/common/crud/crud-resolver.factory.js';
import { DWCP_ACCESS } from '#src/dwcp/dwcp-access.js';
import { CreatePlanItemArgs } from '#src/dwcp/plan-item/dto/create-plan-item.args.js';
import { PlanItemFilter } from '#src/dwcp/plan-item/dto/plan-item-filter.input.js';
import { UpdatePlanItemArgs } from '#src/dwcp/plan-item/dto/update-plan-item.args.js';
import { PlanItemDTO } from '#src/dwcp/plan-item/dto/plan-item.dto.js';
import type { PlanItemEntity } from '#src/dwcp/plan-item/plan-item.entity.js';
import { PlanItemService } from '#src/dwcp/plan-item/plan-item.service.js';

@Resolver(() => PlanItemDTO)
export class PlanItemResolver extends CrudResolver<PlanItemEntity>({
  name: 'PlanItem',
  plural: 'PlanItems',
  dto: PlanItemDTO,
  filter: PlanItemFilter,
  createArgs: CreatePlanItemArgs,
  updateArgs: UpdatePlanItemArgs,
  access: DWCP_ACCESS,
}) {
  constructor(protected readonly service: PlanItemService) {
    super();
  }
}
