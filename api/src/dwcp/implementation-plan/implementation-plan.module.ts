import { Module } from '@nestjs/common';
import { ImplementationPlanResolver } from '#src/dwcp/implementation-plan/implementation-plan.resolver.js';
import { ImplementationPlanService } from '#src/dwcp/implementation-plan/implementation-plan.service.js';

@Module({ providers: [ImplementationPlanService, ImplementationPlanResolver] })
export class ImplementationPlanModule {}
