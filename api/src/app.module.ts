import { ApolloDriver, type ApolloDriverConfig } from '@nestjs/apollo';
import { Module } from '@nestjs/common';
import { APP_FILTER } from '@nestjs/core';
import { GraphQLModule } from '@nestjs/graphql';
import { DataSource } from 'typeorm';
import { GraphQLExceptionFilter } from '#src/common/filters/graphql-exception.filter.js';
import { graphqlOptions } from '#src/common/graphql/graphql.options.js';
import { AppConfigModule } from '#src/config/config.module.js';
import { AppConfigService } from '#src/config/app-config.service.js';
import { DatabaseModule } from '#src/database/database.module.js';
import { HealthModule } from '#src/health/health.module.js';
import { LoggingModule } from '#src/logging/logging.module.js';
import { AuditModule } from '#src/audit/audit.module.js';
import { AuthModule } from '#src/auth/auth.module.js';
import { NotificationModule } from '#src/notification/notification.module.js';
import { OfficeModule } from '#src/office/office.module.js';
import { ReportingComplianceModule } from '#src/reporting-compliance/reporting-compliance.module.js';
import { ReportingTaskModule } from '#src/reporting-task/reporting-task.module.js';
import { ExportModule } from '#src/export/export.module.js';
import { ReportTemplateModule } from '#src/report-template/report-template.module.js';
import { ProgressReportModule } from '#src/progress-report/progress-report.module.js';
import { CountryProgrammeModule } from '#src/country-programme/country-programme.module.js';
import { ProgrammeOutcomeModule } from '#src/programme-outcome/programme-outcome.module.js';
import { ImplementationPlanModule } from '#src/implementation-plan/implementation-plan.module.js';
import { PlanItemModule } from '#src/plan-item/plan-item.module.js';
import { UserModule } from '#src/user/user.module.js';
import { ReportingPeriodModule } from '#src/reporting-period/reporting-period.module.js';
import { ResultsFrameworkModule } from '#src/results-framework/results-framework.module.js';
import { OutcomeModule } from '#src/outcome/outcome.module.js';
import { IndicatorModule } from '#src/indicator/indicator.module.js';
import { IndicatorComponentModule } from '#src/indicator-component/indicator-component.module.js';
import { IntermediateTargetModule } from '#src/intermediate-target/intermediate-target.module.js';
import { IndicatorResultModule } from '#src/indicator-result/indicator-result.module.js';
import { ProgressModule } from '#src/progress/progress.module.js';
import { QuarterlyUpdateModule } from '#src/quarterly-update/quarterly-update.module.js';
import { CriticalIssueModule } from '#src/critical-issue/critical-issue.module.js';
import { KeyContactModule } from '#src/key-contact/key-contact.module.js';
import { KmMilestoneModule } from '#src/km-milestone/km-milestone.module.js';
import { WorkAreaModule } from '#src/work-area/work-area.module.js';
import { WorkAreaStatusModule } from '#src/work-area-status/work-area-status.module.js';
import { CommunityOfPracticeModule } from '#src/community-of-practice/community-of-practice.module.js';
import { CopMembershipTargetModule } from '#src/cop-membership-target/cop-membership-target.module.js';
import { CopDiscussionModule } from '#src/cop-discussion/cop-discussion.module.js';

@Module({
  imports: [
    AppConfigModule,
    LoggingModule,
    DatabaseModule,
    HealthModule,
    GraphQLModule.forRootAsync<ApolloDriverConfig>({
      driver: ApolloDriver,
      inject: [AppConfigService, DataSource],
      useFactory: graphqlOptions,
    }),
    AuditModule,
    NotificationModule,
    AuthModule,
    UserModule,
    OfficeModule,
    ReportingPeriodModule,
    ResultsFrameworkModule,
    OutcomeModule,
    IndicatorModule,
    IndicatorComponentModule,
    IntermediateTargetModule,
    IndicatorResultModule,
    ProgressModule,
    CountryProgrammeModule,
    ProgrammeOutcomeModule,
    ImplementationPlanModule,
    PlanItemModule,
    ProgressReportModule,
    ReportingComplianceModule,
    ReportingTaskModule,
    ExportModule,
    ReportTemplateModule,
    QuarterlyUpdateModule,
    CriticalIssueModule,
    KeyContactModule,
    KmMilestoneModule,
    WorkAreaModule,
    WorkAreaStatusModule,
    CommunityOfPracticeModule,
    CopMembershipTargetModule,
    CopDiscussionModule,
  ],
  providers: [{ provide: APP_FILTER, useClass: GraphQLExceptionFilter }],
})
export class AppModule {}
