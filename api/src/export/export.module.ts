import { Module } from '@nestjs/common';
import { ExportController } from '#src/export/export.controller.js';
import { KmUpdateData } from '#src/export/km-update-data.service.js';
import { KmUpdateExport } from '#src/export/km-update-export.service.js';
import { TrackingTableData } from '#src/export/tracking-table-data.service.js';
import { TrackingTableExport } from '#src/export/tracking-table-export.service.js';
import { ProgressModule } from '#src/progress/progress.module.js';
import { ReportingComplianceModule } from '#src/reporting-compliance/reporting-compliance.module.js';

@Module({
  imports: [ProgressModule, ReportingComplianceModule],
  controllers: [ExportController],
  providers: [KmUpdateData, KmUpdateExport, TrackingTableData, TrackingTableExport],
})
export class ExportModule {}
