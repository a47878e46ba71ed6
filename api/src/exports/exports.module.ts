import { Module } from '@nestjs/common';
import { KmUpdateExportModule } from '#src/exports/km-update/km-update-export.module.js';
import { TrackingTableExportModule } from '#src/exports/tracking-table/tracking-table-export.module.js';

/** Workbooks assembled from the other domains' data: the quarterly KM update and the tracking table. */
@Module({ imports: [KmUpdateExportModule, TrackingTableExportModule] })
export class ExportsModule {}
