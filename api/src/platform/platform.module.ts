import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '#src/platform/audit/audit.module.js';
import { AuthModule } from '#src/platform/auth/auth.module.js';
import { AppConfigModule } from '#src/platform/config/config.module.js';
import { DatabaseModule } from '#src/platform/database/database.module.js';
import { HealthModule } from '#src/platform/health/health.module.js';
import { LoggingModule } from '#src/platform/logging/logging.module.js';
import { NotificationModule } from '#src/platform/notification/notification.module.js';
import { OfficeModule } from '#src/platform/office/office.module.js';
import { PLATFORM_ENTITIES } from '#src/platform/platform.entities.js';
import { ReportingPeriodModule } from '#src/platform/reporting-period/reporting-period.module.js';
import { UserModule } from '#src/platform/user/user.module.js';

/** What every domain stands on: configuration, logs, the database, health, sign-in, users, offices, periods, audit, notifications. */
@Module({
  imports: [
    AppConfigModule,
    LoggingModule,
    DatabaseModule,
    TypeOrmModule.forFeature(PLATFORM_ENTITIES),
    HealthModule,
    AuditModule,
    NotificationModule,
    AuthModule,
    UserModule,
    OfficeModule,
    ReportingPeriodModule,
  ],
})
export class PlatformModule {}
