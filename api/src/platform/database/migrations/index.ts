import type { MigrationInterface } from 'typeorm';
import { InitialSchema1795353832119 } from '#src/platform/database/migrations/1795353832119-initial-schema.js';
import { UsersAuditPublication1795356009015 } from '#src/platform/database/migrations/1795356009015-users-audit-publication.js';
import { DwcpPlans1795357512405 } from '#src/platform/database/migrations/1795357512405-dwcp-plans.js';
import { ProgressReports1795357785190 } from '#src/platform/database/migrations/1795357785190-progress-reports.js';
import { Notifications1795358452809 } from '#src/platform/database/migrations/1795358452809-notifications.js';
import { KmContent1795366494493 } from '#src/platform/database/migrations/1795366494493-km-content.js';
import { DataRevision1795400000000 } from '#src/platform/database/migrations/1795400000000-data-revision.js';
import { LoginAttempts1795500000000 } from '#src/platform/database/migrations/1795500000000-login-attempts.js';
import { AuditEveryRowChange1795600000000 } from '#src/platform/database/migrations/1795600000000-audit-every-row-change.js';
import { ResultsStayWithTheirReport1795600000001 } from '#src/platform/database/migrations/1795600000001-results-stay-with-their-report.js';
import { ComponentValueRules1795600000002 } from '#src/platform/database/migrations/1795600000002-component-value-rules.js';
import { CredentialVersion1795700000000 } from '#src/platform/database/migrations/1795700000000-credential-version.js';
import { TargetRevisions1795710000000 } from '#src/platform/database/migrations/1795710000000-target-revisions.js';
import { ResultReviewComments1795720000000 } from '#src/platform/database/migrations/1795720000000-result-review-comments.js';
import { DemoReportingDate1795720000001 } from '#src/platform/database/migrations/1795720000001-demo-reporting-date.js';
import { UserLanguage1795720000002 } from '#src/platform/database/migrations/1795720000002-user-language.js';
import { PlanOutputsAndWorkflow1795730000000 } from '#src/platform/database/migrations/1795730000000-plan-outputs-and-workflow.js';
import { CarriedForwardLines1795730000001 } from '#src/platform/database/migrations/1795730000001-carried-forward-lines.js';
import { KmMilestoneComponents1795730000002 } from '#src/platform/database/migrations/1795730000002-km-milestone-components.js';
import { FrameworkVersions1795740000000 } from '#src/platform/database/migrations/1795740000000-framework-versions.js';

// Listed in order, not globbed: see entities.ts. Add each generated migration here.
export const MIGRATIONS: (new () => MigrationInterface)[] = [
  InitialSchema1795353832119,
  UsersAuditPublication1795356009015,
  DwcpPlans1795357512405,
  ProgressReports1795357785190,
  Notifications1795358452809,
  KmContent1795366494493,
  DataRevision1795400000000,
  LoginAttempts1795500000000,
  AuditEveryRowChange1795600000000,
  ResultsStayWithTheirReport1795600000001,
  ComponentValueRules1795600000002,
  CredentialVersion1795700000000,
  TargetRevisions1795710000000,
  ResultReviewComments1795720000000,
  DemoReportingDate1795720000001,
  UserLanguage1795720000002,
  PlanOutputsAndWorkflow1795730000000,
  CarriedForwardLines1795730000001,
  KmMilestoneComponents1795730000002,
  FrameworkVersions1795740000000,
];
