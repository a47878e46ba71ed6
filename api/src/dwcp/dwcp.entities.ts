import { CountryProgrammeEntity } from '#src/dwcp/country-programme/country-programme.entity.js';
import { ImplementationPlanEntity } from '#src/dwcp/implementation-plan/implementation-plan.entity.js';
import { PlanItemEntity } from '#src/dwcp/plan-item/plan-item.entity.js';
import { ProgrammeOutcomeEntity } from '#src/dwcp/programme-outcome/programme-outcome.entity.js';
import { ProgressReportLineEntity } from '#src/dwcp/progress-report/progress-report-line.entity.js';
import { ProgressReportEntity } from '#src/dwcp/progress-report/progress-report.entity.js';
import { ReportSnapshotEntity } from '#src/dwcp/progress-report/report-snapshot.entity.js';

export const DWCP_ENTITIES = [
  CountryProgrammeEntity,
  ProgrammeOutcomeEntity,
  ImplementationPlanEntity,
  PlanItemEntity,
  ProgressReportEntity,
  ProgressReportLineEntity,
  ReportSnapshotEntity,
];
