import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CommunityOfPracticeModule } from '#src/km/community-of-practice/community-of-practice.module.js';
import { KM_ENTITIES } from '#src/km/km.entities.js';
import { KmMilestoneModule } from '#src/km/km-milestone/km-milestone.module.js';
import { QuarterlyUpdateModule } from '#src/km/quarterly-update/quarterly-update.module.js';
import { WorkAreaModule } from '#src/km/work-area/work-area.module.js';

/** Knowledge management content: quarterly updates, milestones, work areas and communities of practice. */
@Module({
  imports: [
    TypeOrmModule.forFeature(KM_ENTITIES),
    QuarterlyUpdateModule,
    KmMilestoneModule,
    WorkAreaModule,
    CommunityOfPracticeModule,
  ],
})
export class KmModule {}
