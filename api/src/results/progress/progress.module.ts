import { type MiddlewareConsumer, Module, type NestModule, RequestMethod } from '@nestjs/common';
import { DataRevision } from '#src/results/progress/data-revision.service.js';
import { ProgressFastPathMiddleware } from '#src/results/progress/progress-fast-path.middleware.js';
import { ProgressResponseCache } from '#src/results/progress/progress-response-cache.plugin.js';
import { ProgressDrilldownResolver } from '#src/results/progress/progress-drilldown.resolver.js';
import { ProgressDrilldownService } from '#src/results/progress/progress-drilldown.service.js';
import { ProgressResolver } from '#src/results/progress/progress.resolver.js';
import { ProgressService } from '#src/results/progress/progress.service.js';

@Module({
  providers: [
    DataRevision,
    ProgressResponseCache,
    ProgressService,
    ProgressResolver,
    ProgressDrilldownService,
    ProgressDrilldownResolver,
  ],
  exports: [ProgressService],
})
export class ProgressModule implements NestModule {
  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(ProgressFastPathMiddleware).forRoutes({ path: 'graphql', method: RequestMethod.POST });
  }
}
