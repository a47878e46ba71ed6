import { Global, Module } from '@nestjs/common';
import { ScheduleModule } from '@nestjs/schedule';
import { MailerService } from '#src/platform/notification/mailer.service.js';
import { NotificationResolver } from '#src/platform/notification/notification.resolver.js';
import { NotificationService } from '#src/platform/notification/notification.service.js';
import { ReportReminderService } from '#src/platform/notification/report-reminder.service.js';

@Global()
@Module({
  imports: [ScheduleModule.forRoot()],
  providers: [MailerService, NotificationService, ReportReminderService, NotificationResolver],
  exports: [NotificationService],
})
export class NotificationModule {}
