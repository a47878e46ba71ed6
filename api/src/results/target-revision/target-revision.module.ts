import { Module } from '@nestjs/common';
import { TargetRevisionResolver } from '#src/results/target-revision/target-revision.resolver.js';
import { TargetRevisionService } from '#src/results/target-revision/target-revision.service.js';

@Module({ providers: [TargetRevisionService, TargetRevisionResolver] })
export class TargetRevisionModule {}
