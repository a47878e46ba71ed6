import { Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import { SchedulerRegistry } from '@nestjs/schedule';
import { CronJob } from 'cron';
import { DataSource } from 'typeorm';
import { AppConfigService } from '#src/platform/config/app-config.service.js';
import { NotificationKind } from '#src/platform/notification/notification.entity.js';
import { NotificationService } from '#src/platform/notification/notification.service.js';

interface Pending {
  programmeId: number;
  officeId: number;
  title: string;
  periodId: number;
  periodCode: string;
  dueDate: string;
  overdue: boolean;
}

/**
 * Reminds programme officers of reports due within REMINDER_DAYS_BEFORE_DUE days or overdue
 * (not yet submitted), once a day at most per user, programme and quarter. Runs on REMINDER_CRON
 * in every API instance: a transaction-scoped advisory lock makes the instances take turns, and
 * the once-a-day rule then leaves nothing for the second one to send.
 */
@Injectable()
export class ReportReminderService implements OnModuleInit {
  private readonly logger = new Logger('ReportReminders');

  constructor(
    private readonly dataSource: DataSource,
    private readonly notifications: NotificationService,
    private readonly config: AppConfigService,
    private readonly scheduler: SchedulerRegistry,
  ) {}

  onModuleInit(): void {
    const job = CronJob.from({ cronTime: this.config.get('REMINDER_CRON'), onTick: () => void this.remind() });
    this.scheduler.addCronJob('report-reminders', job);
    job.start();
  }

  /** Returns how many notifications it wrote. */
  async remind(today = new Date()): Promise<number> {
    const day = today.toISOString().slice(0, 10);
    const ids = await this.dataSource.transaction(async (manager) => {
      await manager.query(`SELECT pg_advisory_xact_lock(hashtext('roap.report-reminders'))`);
      const pending = (await manager.query(
        `SELECT cp.id AS "programmeId", cp.office_id AS "officeId", cp.title, p.id AS "periodId", p.code AS "periodCode",
                p.due_date AS "dueDate", p.due_date < $1::date AS overdue
           FROM country_programme cp
           JOIN reporting_period p ON p.kind = 'QUARTER' AND p.status = 'OPEN'
                AND extract(year FROM p.start_date) BETWEEN cp.start_year AND cp.end_year
           LEFT JOIN progress_report pr ON pr.programme_id = cp.id AND pr.period_id = p.id
          WHERE cp.status = 'ACTIVE' AND p.due_date <= $1::date + $2::int
            AND (pr.id IS NULL OR pr.status IN ('DRAFT', 'RETURNED'))`,
        [day, this.config.get('REMINDER_DAYS_BEFORE_DUE')],
      )) as Pending[];
      const written: number[] = [];
      for (const item of pending) {
        const kind = item.overdue ? NotificationKind.REPORT_OVERDUE : NotificationKind.REPORT_DUE;
        const recipients = (await manager.query(
          `SELECT u.id FROM app_user u
            WHERE u.active AND u.role = 'PROGRAMME_OFFICER' AND $1 = ANY(u.office_ids)
              AND NOT EXISTS (SELECT 1 FROM notification n WHERE n.user_id = u.id AND n.kind = $2
                                AND n.programme_id = $3 AND n.period_id = $4 AND n.reminded_on = $5::date)`,
          [item.officeId, kind, item.programmeId, item.periodId, day],
        )) as { id: number }[];
        const message = item.overdue
          ? `${item.title}: the progress report for ${item.periodCode} was due on ${item.dueDate} and is not submitted`
          : `${item.title}: the progress report for ${item.periodCode} is due on ${item.dueDate}`;
        written.push(
          ...(await this.notifications.notify(
            manager,
            recipients.map((r) => r.id),
            {
              kind,
              message,
              programmeId: item.programmeId,
              periodId: item.periodId,
              remindedOn: day,
            },
          )),
        );
      }
      return written;
    });
    await this.notifications.deliver(ids);
    if (ids.length > 0) this.logger.log(`sent ${ids.length} report reminders`);
    return ids.length;
  }
}
