import { AuditEntryEntity } from '#src/platform/audit/audit-entry.entity.js';
import { AppMetadataEntity } from '#src/platform/database/app-metadata.entity.js';
import { NotificationEntity } from '#src/platform/notification/notification.entity.js';
import { OfficeEntity } from '#src/platform/office/office.entity.js';
import { ReportingPeriodEntity } from '#src/platform/reporting-period/reporting-period.entity.js';
import { UserEntity } from '#src/platform/user/user.entity.js';

// Listed, not globbed: ESM and the test runner load TypeScript sources that a glob would miss.
export const PLATFORM_ENTITIES = [
  AppMetadataEntity,
  OfficeEntity,
  ReportingPeriodEntity,
  UserEntity,
  AuditEntryEntity,
  NotificationEntity,
];
