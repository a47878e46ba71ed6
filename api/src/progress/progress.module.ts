import { Module } from '@nestjs/common';
import { ProgressResolver } from '#src/progress/progress.resolver.js';
import { ProgressService } from '#src/progress/progress.service.js';

@Module({ providers: [ProgressService, ProgressResolver], exports: [ProgressService] })
export class ProgressModule {}
