import { Module } from '@nestjs/common';
import { ProgressDrilldownResolver } from '#src/progress/progress-drilldown.resolver.js';
import { ProgressDrilldownService } from '#src/progress/progress-drilldown.service.js';
import { ProgressResolver } from '#src/progress/progress.resolver.js';
import { ProgressService } from '#src/progress/progress.service.js';

@Module({
  providers: [ProgressService, ProgressResolver, ProgressDrilldownService, ProgressDrilldownResolver],
  exports: [ProgressService],
})
export class ProgressModule {}
