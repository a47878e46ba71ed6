import { Global, Module } from '@nestjs/common';
import { ScheduleModule } from '@nestjs/schedule';
import { MailerService } from '#src/notification/mailer.service.js';
import { NotificationResolver } from '#src/notification/notification.resolver.js';
import { NotificationService } from '#src/notification/notification.service.js';
import { ReportReminderService } from '#src/notification/report-reminder.service.js';

@Global()
@Module({
  imports: [ScheduleModule.forRoot()],
  providers: [MailerService, NotificationService, ReportReminderService, NotificationResolver],
  exports: [NotificationService],
})
export class NotificationModule {}
