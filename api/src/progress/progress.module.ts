import { type MiddlewareConsumer, Module, type NestModule, RequestMethod } from '@nestjs/common';
import { DataRevision } from '#src/progress/data-revision.service.js';
import { ProgressFastPathMiddleware } from '#src/progress/progress-fast-path.middleware.js';
import { ProgressResponseCache } from '#src/progress/progress-response-cache.plugin.js';
import { ProgressDrilldownResolver } from '#src/progress/progress-drilldown.resolver.js';
import { ProgressDrilldownService } from '#src/progress/progress-drilldown.service.js';
import { ProgressResolver } from '#src/progress/progress.resolver.js';
import { ProgressService } from '#src/progress/progress.service.js';

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
