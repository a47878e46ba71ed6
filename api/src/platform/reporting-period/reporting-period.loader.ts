import type { DataSource } from 'typeorm';
import { byIdLoader } from '#src/common/dataloader/loader.util.js';
import { ReportingPeriodEntity } from '#src/platform/reporting-period/reporting-period.entity.js';

export const createReportingPeriodLoaders = (dataSource: DataSource) => ({
  periodById: byIdLoader(dataSource, ReportingPeriodEntity),
});
