import type { DataSource } from 'typeorm';
import { createCountryProgrammeLoaders } from '#src/dwcp/country-programme/country-programme.loader.js';
import { createPlanItemLoaders } from '#src/dwcp/plan-item/plan-item.loader.js';
import { createProgressReportLoaders } from '#src/dwcp/progress-report/progress-report.loader.js';

export const createDwcpLoaders = (dataSource: DataSource) => ({
  ...createCountryProgrammeLoaders(dataSource),
  ...createPlanItemLoaders(dataSource),
  ...createProgressReportLoaders(dataSource),
});
