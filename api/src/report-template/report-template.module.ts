import { Module } from '@nestjs/common';
import { ProgressReportModule } from '#src/progress-report/progress-report.module.js';
import { ReportTemplateController } from '#src/report-template/report-template.controller.js';
import { ReportTemplateData } from '#src/report-template/template-data.service.js';
import { ReportTemplateImport } from '#src/report-template/template-import.service.js';

@Module({
  imports: [ProgressReportModule],
  controllers: [ReportTemplateController],
  providers: [ReportTemplateData, ReportTemplateImport],
})
export class ReportTemplateModule {}
