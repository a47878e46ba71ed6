import { Module } from '@nestjs/common';
import { ImplementationPlanResolver } from '#src/dwcp/implementation-plan/implementation-plan.resolver.js';
import { PlanWorkflowService } from '#src/dwcp/implementation-plan/plan-workflow.service.js';
import { ImplementationPlanService } from '#src/dwcp/implementation-plan/implementation-plan.service.js';

@Module({ providers: [ImplementationPlanService, PlanWorkflowService, ImplementationPlanResolver] })
export class ImplementationPlanModule {}
