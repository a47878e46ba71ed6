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
];
