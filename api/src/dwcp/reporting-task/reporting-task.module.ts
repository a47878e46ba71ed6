import { Module } from '@nestjs/common';
import { ReportingTaskResolver } from '#src/dwcp/reporting-task/reporting-task.resolver.js';
import { ReportingTaskService } from '#src/dwcp/reporting-task/reporting-task.service.js';

@Module({ providers: [ReportingTaskService, ReportingTaskResolver] })
export class ReportingTaskModule {}
