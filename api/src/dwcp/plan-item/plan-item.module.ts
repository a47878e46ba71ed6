import { Module } from '@nestjs/common';
import { PlanItemResolver } from '#src/dwcp/plan-item/plan-item.resolver.js';
import { PlanItemService } from '#src/dwcp/plan-item/plan-item.service.js';

@Module({ providers: [PlanItemService, PlanItemResolver] })
export class PlanItemModule {}
