import { Module } from '@nestjs/common';
import { ReportingComplianceModule } from '#src/dwcp/reporting-compliance/reporting-compliance.module.js';
import { KmUpdateData } from '#src/exports/km-update/km-update-data.service.js';
import { KmUpdateExport } from '#src/exports/km-update/km-update-export.service.js';
import { KmUpdateController } from '#src/exports/km-update/km-update.controller.js';
import { ProgressModule } from '#src/results/progress/progress.module.js';

@Module({
  imports: [ProgressModule, ReportingComplianceModule],
  controllers: [KmUpdateController],
  providers: [KmUpdateData, KmUpdateExport],
})
export class KmUpdateExportModule {}
