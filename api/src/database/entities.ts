import { AuditEntryEntity } from '#src/audit/audit-entry.entity.js';
import { AppMetadataEntity } from '#src/database/app-metadata.entity.js';
import { NotificationEntity } from '#src/notification/notification.entity.js';
import { ReportSnapshotEntity } from '#src/progress-report/report-snapshot.entity.js';
import { ProgressReportLineEntity } from '#src/progress-report/progress-report-line.entity.js';
import { ProgressReportEntity } from '#src/progress-report/progress-report.entity.js';
import { PlanItemEntity } from '#src/plan-item/plan-item.entity.js';
import { ImplementationPlanEntity } from '#src/implementation-plan/implementation-plan.entity.js';
import { ProgrammeOutcomeEntity } from '#src/programme-outcome/programme-outcome.entity.js';
import { CountryProgrammeEntity } from '#src/country-programme/country-programme.entity.js';
import { IndicatorComponentEntity } from '#src/indicator-component/indicator-component.entity.js';
import { IndicatorEntity } from '#src/indicator/indicator.entity.js';
import { IndicatorResultEntity } from '#src/indicator-result/indicator-result.entity.js';
import { IntermediateTargetEntity } from '#src/intermediate-target/intermediate-target.entity.js';
import { OfficeEntity } from '#src/office/office.entity.js';
import { OutcomeEntity } from '#src/outcome/outcome.entity.js';
import { ReportingPeriodEntity } from '#src/reporting-period/reporting-period.entity.js';
import { ResultsFrameworkEntity } from '#src/results-framework/results-framework.entity.js';
import { UserEntity } from '#src/user/user.entity.js';
import { QuarterlyUpdateEntity } from '#src/quarterly-update/quarterly-update.entity.js';
import { CriticalIssueEntity } from '#src/critical-issue/critical-issue.entity.js';
import { KeyContactEntity } from '#src/key-contact/key-contact.entity.js';
import { KmMilestoneEntity } from '#src/km-milestone/km-milestone.entity.js';
import { WorkAreaEntity } from '#src/work-area/work-area.entity.js';
import { WorkAreaStatusEntity } from '#src/work-area-status/work-area-status.entity.js';
import { CommunityOfPracticeEntity } from '#src/community-of-practice/community-of-practice.entity.js';
import { CopMembershipTargetEntity } from '#src/cop-membership-target/cop-membership-target.entity.js';
import { CopDiscussionEntity } from '#src/cop-discussion/cop-discussion.entity.js';

// Listed, not globbed: ESM and the test runner load TypeScript sources that a glob would miss.
export const ENTITIES = [
  AppMetadataEntity,
  OfficeEntity,
  ReportingPeriodEntity,
  ResultsFrameworkEntity,
  OutcomeEntity,
  IndicatorEntity,
  IndicatorComponentEntity,
  IntermediateTargetEntity,
  IndicatorResultEntity,
  UserEntity,
  AuditEntryEntity,
  CountryProgrammeEntity,
  ProgrammeOutcomeEntity,
  ImplementationPlanEntity,
  PlanItemEntity,
  ProgressReportEntity,
  ProgressReportLineEntity,
  ReportSnapshotEntity,
  NotificationEntity,
  CommunityOfPracticeEntity,
  CopMembershipTargetEntity,
  CopDiscussionEntity,
  KmMilestoneEntity,
  WorkAreaEntity,
  WorkAreaStatusEntity,
  QuarterlyUpdateEntity,
  CriticalIssueEntity,
  KeyContactEntity,
];
