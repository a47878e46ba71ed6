import { Module } from '@nestjs/common';
import { KmMilestoneResolver } from '#src/km/km-milestone/km-milestone.resolver.js';
import { KmMilestoneService } from '#src/km/km-milestone/km-milestone.service.js';

@Module({ providers: [KmMilestoneService, KmMilestoneResolver] })
export class KmMilestoneModule {}
