import { Module } from '@nestjs/common';
import { ComponentMilestonesResolver } from '#src/km/km-milestone/component-milestones.resolver.js';
import { KmMilestoneResolver } from '#src/km/km-milestone/km-milestone.resolver.js';
import { KmMilestoneService } from '#src/km/km-milestone/km-milestone.service.js';

@Module({ providers: [KmMilestoneService, KmMilestoneResolver, ComponentMilestonesResolver] })
export class KmMilestoneModule {}
