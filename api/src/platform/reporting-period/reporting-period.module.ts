import { Module } from '@nestjs/common';
import { ReportingPeriodResolver } from '#src/platform/reporting-period/reporting-period.resolver.js';
import { ReportingPeriodService } from '#src/platform/reporting-period/reporting-period.service.js';

@Module({
  providers: [ReportingPeriodService, ReportingPeriodResolver],
  exports: [ReportingPeriodService],
})
export class ReportingPeriodModule {}
