import { Module } from '@nestjs/common';
import { ProgressReportModule } from '#src/dwcp/progress-report/progress-report.module.js';
import { ReportTemplateController } from '#src/dwcp/report-template/report-template.controller.js';
import { ReportTemplateData } from '#src/dwcp/report-template/template-data.service.js';
import { ReportTemplateImport } from '#src/dwcp/report-template/template-import.service.js';

@Module({
  imports: [ProgressReportModule],
  controllers: [ReportTemplateController],
  providers: [ReportTemplateData, ReportTemplateImport],
})
export class ReportTemplateModule {}
