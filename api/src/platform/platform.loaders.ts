import type { DataSource } from 'typeorm';
import { createOfficeLoaders } from '#src/platform/office/office.loader.js';
import { createReportingPeriodLoaders } from '#src/platform/reporting-period/reporting-period.loader.js';

export const createPlatformLoaders = (dataSource: DataSource) => ({
  ...createOfficeLoaders(dataSource),
  ...createReportingPeriodLoaders(dataSource),
});
