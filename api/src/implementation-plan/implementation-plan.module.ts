import { Module } from '@nestjs/common';
import { ImplementationPlanResolver } from '#src/implementation-plan/implementation-plan.resolver.js';
import { ImplementationPlanService } from '#src/implementation-plan/implementation-plan.service.js';

@Module({ providers: [ImplementationPlanService, ImplementationPlanResolver] })
export class ImplementationPlanModule {}
