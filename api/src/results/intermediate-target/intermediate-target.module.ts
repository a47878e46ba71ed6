import { Module } from '@nestjs/common';
import { IntermediateTargetResolver } from '#src/results/intermediate-target/intermediate-target.resolver.js';
import { IntermediateTargetService } from '#src/results/intermediate-target/intermediate-target.service.js';

@Module({ providers: [IntermediateTargetService, IntermediateTargetResolver] })
export class IntermediateTargetModule {}
