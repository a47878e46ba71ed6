import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CountryProgrammeModule } from '#src/dwcp/country-programme/country-programme.module.js';
import { DWCP_ENTITIES } from '#src/dwcp/dwcp.entities.js';
import { ImplementationPlanModule } from '#src/dwcp/implementation-plan/implementation-plan.module.js';
import { PlanItemModule } from '#src/dwcp/plan-item/plan-item.module.js';
import { ProgrammeOutcomeModule } from '#src/dwcp/programme-outcome/programme-outcome.module.js';
import { ProgressReportModule } from '#src/dwcp/progress-report/progress-report.module.js';
import { ReportTemplateModule } from '#src/dwcp/report-template/report-template.module.js';
import { ReportingComplianceModule } from '#src/dwcp/reporting-compliance/reporting-compliance.module.js';
import { ReportingTaskModule } from '#src/dwcp/reporting-task/reporting-task.module.js';

/** Decent Work Country Programmes: their outcomes, yearly plans, quarterly reports and who has reported. */
@Module({
  imports: [
    TypeOrmModule.forFeature(DWCP_ENTITIES),
    CountryProgrammeModule,
    ProgrammeOutcomeModule,
    ImplementationPlanModule,
    PlanItemModule,
    ProgressReportModule,
    ReportingComplianceModule,
    ReportingTaskModule,
    ReportTemplateModule,
  ],
})
export class DwcpModule {}
