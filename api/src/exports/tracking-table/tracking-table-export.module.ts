import { Module } from '@nestjs/common';
import { TrackingTableData } from '#src/exports/tracking-table/tracking-table-data.service.js';
import { TrackingTableExport } from '#src/exports/tracking-table/tracking-table-export.service.js';
import { TrackingTableController } from '#src/exports/tracking-table/tracking-table.controller.js';
import { ProgressModule } from '#src/results/progress/progress.module.js';

@Module({
  imports: [ProgressModule],
  controllers: [TrackingTableController],
  providers: [TrackingTableData, TrackingTableExport],
})
export class TrackingTableExportModule {}
