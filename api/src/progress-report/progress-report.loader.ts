import type { DataSource } from 'typeorm';
import { byParentLoader } from '#src/dataloader/loader.util.js';
import { IndicatorResultEntity } from '#src/indicator-result/indicator-result.entity.js';
import { ProgressReportLineEntity } from '#src/progress-report/progress-report-line.entity.js';

// Lines and results hang only from reports the caller could already read (office scope).
export const createProgressReportLoaders = (dataSource: DataSource) => ({
  linesByReport: byParentLoader(dataSource, ProgressReportLineEntity, 'reportId', 'planItemId'),
  resultsByReport: byParentLoader(dataSource, IndicatorResultEntity, 'reportId', 'componentId'),
});
