import type { DataSource } from 'typeorm';
import { createIndicatorComponentLoaders } from '#src/indicator-component/indicator-component.loader.js';
import { createIndicatorLoaders } from '#src/indicator/indicator.loader.js';
import { createIntermediateTargetLoaders } from '#src/intermediate-target/intermediate-target.loader.js';
import { createCountryProgrammeLoaders } from '#src/country-programme/country-programme.loader.js';
import { createOfficeLoaders } from '#src/office/office.loader.js';
import { createProgressReportLoaders } from '#src/progress-report/progress-report.loader.js';
import { createPlanItemLoaders } from '#src/plan-item/plan-item.loader.js';
import { createOutcomeLoaders } from '#src/outcome/outcome.loader.js';
import { createReportingPeriodLoaders } from '#src/reporting-period/reporting-period.loader.js';
import { createResultsFrameworkLoaders } from '#src/results-framework/results-framework.loader.js';

/** Fresh loaders for each GraphQL request, so nothing is cached across users or requests. */
export const createLoaders = (dataSource: DataSource) => ({
  ...createOfficeLoaders(dataSource),
  ...createReportingPeriodLoaders(dataSource),
  ...createResultsFrameworkLoaders(dataSource),
  ...createOutcomeLoaders(dataSource),
  ...createIndicatorLoaders(dataSource),
  ...createIndicatorComponentLoaders(dataSource),
  ...createIntermediateTargetLoaders(dataSource),
  ...createPlanItemLoaders(dataSource),
  ...createCountryProgrammeLoaders(dataSource),
  ...createProgressReportLoaders(dataSource),
});

export type Loaders = ReturnType<typeof createLoaders>;
