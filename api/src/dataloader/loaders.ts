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
import { createCommunityOfPracticeLoaders } from '#src/community-of-practice/community-of-practice.loader.js';
import { createCopDiscussionLoaders } from '#src/cop-discussion/cop-discussion.loader.js';
import { createCopMembershipTargetLoaders } from '#src/cop-membership-target/cop-membership-target.loader.js';
import { createCriticalIssueLoaders } from '#src/critical-issue/critical-issue.loader.js';
import { createKeyContactLoaders } from '#src/key-contact/key-contact.loader.js';
import { createKmMilestoneLoaders } from '#src/km-milestone/km-milestone.loader.js';
import { createWorkAreaLoaders } from '#src/work-area/work-area.loader.js';
import { createWorkAreaStatusLoaders } from '#src/work-area-status/work-area-status.loader.js';

/** Fresh loaders for each GraphQL request, so nothing is cached across users or requests. */
export const createLoaders = (dataSource: DataSource) => {
  const { intermediateTargetsByComponent } = createIntermediateTargetLoaders(dataSource);
  return {
    ...createOfficeLoaders(dataSource),
    ...createReportingPeriodLoaders(dataSource),
    ...createResultsFrameworkLoaders(dataSource),
    ...createOutcomeLoaders(dataSource),
    ...createIndicatorLoaders(dataSource),
    ...createIndicatorComponentLoaders(dataSource, intermediateTargetsByComponent),
    intermediateTargetsByComponent,
    ...createPlanItemLoaders(dataSource),
    ...createCountryProgrammeLoaders(dataSource),
    ...createProgressReportLoaders(dataSource),
    ...createKmMilestoneLoaders(dataSource),
    ...createWorkAreaLoaders(dataSource),
    ...createWorkAreaStatusLoaders(dataSource),
    ...createCriticalIssueLoaders(dataSource),
    ...createKeyContactLoaders(dataSource),
    ...createCommunityOfPracticeLoaders(dataSource),
    ...createCopMembershipTargetLoaders(dataSource),
    ...createCopDiscussionLoaders(dataSource),
  };
};

export type Loaders = ReturnType<typeof createLoaders>;
