import { Module } from '@nestjs/common';
import { ProgressReportLineResolver } from '#src/dwcp/progress-report/progress-report-line.resolver.js';
import { ProgressReportResolver } from '#src/dwcp/progress-report/progress-report.resolver.js';
import { ProgressReportService } from '#src/dwcp/progress-report/progress-report.service.js';
import { ReportWorkflowService } from '#src/dwcp/progress-report/report-workflow.service.js';

@Module({
  providers: [ProgressReportService, ReportWorkflowService, ProgressReportResolver, ProgressReportLineResolver],
  exports: [ProgressReportService],
})
export class ProgressReportModule {}
