import type { DataSource } from 'typeorm';
import { byIdLoader } from '#src/dataloader/loader.util.js';
import { ReportingPeriodEntity } from '#src/reporting-period/reporting-period.entity.js';

export const createReportingPeriodLoaders = (dataSource: DataSource) => ({
  periodById: byIdLoader(dataSource, ReportingPeriodEntity),
});
