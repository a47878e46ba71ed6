import { Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import { SchedulerRegistry } from '@nestjs/schedule';
import { CronJob } from 'cron';
import { DataSource, type EntityManager } from 'typeorm';
import { AppConfigService } from '#src/platform/config/app-config.service.js';
import { ReportingClock } from '#src/platform/config/reporting-clock.service.js';
import { NotificationKind } from '#src/platform/notification/notification.entity.js';
import { NotificationService } from '#src/platform/notification/notification.service.js';
import { lateReportsSummary, reminderMessage, type LateReport } from '#src/platform/notification/reminder-messages.js';

interface Pending extends LateReport {
  programmeId: number;
  officeId: number;
  periodId: number;
  overdue: boolean;
}

interface Recipient {
  id: number;
  language: string;
}

/**
 * Reminds programme officers of reports due within REMINDER_DAYS_BEFORE_DUE days or overdue
 * (not yet submitted), once a day at most per user, programme and quarter. An overdue report of an
 * office without programme officers reminds its responsible managers (regional managers of the
 * office or an office above it) instead. Each regional manager also receives one summary a day of
 * the late reports in reach (LATE_REPORTS_SUMMARY). Messages are in each recipient's language.
 * "Today" is the ReportingClock's day. Runs on REMINDER_CRON in every API instance: a
 * transaction-scoped advisory lock makes the instances take turns, and the once-a-day rule then
 * leaves nothing for the second one to send.
 */
@Injectable()
export class ReportReminderService implements OnModuleInit {
  private readonly logger = new Logger('ReportReminders');

  constructor(
    private readonly dataSource: DataSource,
    private readonly notifications: NotificationService,
    private readonly config: AppConfigService,
    private readonly scheduler: SchedulerRegistry,
    private readonly clock: ReportingClock,
  ) {}

  onModuleInit(): void {
    const job = CronJob.from({ cronTime: this.config.get('REMINDER_CRON'), onTick: () => void this.remind() });
    this.scheduler.addCronJob('report-reminders', job);
    job.start();
  }

  /** Returns how many notifications it wrote (reminders and summaries). */
  async remind(today?: Date): Promise<number> {
    const day = today ? today.toISOString().slice(0, 10) : await this.clock.today();
    const ids = await this.dataSource.transaction(async (manager) => {
      await manager.query(`SELECT pg_advisory_xact_lock(hashtext('roap.report-reminders'))`);
      const pending = (await manager.query(
        `SELECT cp.id AS "programmeId", cp.office_id AS "officeId", o.code AS "officeCode", cp.country_code AS "countryCode",
                cp.title, p.id AS "periodId", p.code AS "periodCode", p.due_date AS "dueDate", p.due_date < $1::date AS overdue
           FROM country_programme cp
           JOIN office o ON o.id = cp.office_id
           JOIN reporting_period p ON p.kind = 'QUARTER' AND p.status = 'OPEN'
                AND extract(year FROM p.start_date) BETWEEN cp.start_year AND cp.end_year
           LEFT JOIN progress_report pr ON pr.programme_id = cp.id AND pr.period_id = p.id
          WHERE cp.status = 'ACTIVE' AND p.due_date <= $1::date + $2::int
            AND (pr.id IS NULL OR pr.status IN ('DRAFT', 'RETURNED'))
          ORDER BY o.code, cp.country_code, p.start_date`,
        [day, this.config.get('REMINDER_DAYS_BEFORE_DUE')],
      )) as Pending[];
      const written: number[] = [];
      for (const item of pending) written.push(...(await this.remindOf(manager, item, day)));
      written.push(
        ...(await this.summarise(
          manager,
          pending.filter((item) => item.overdue),
          day,
        )),
      );
      return written;
    });
    await this.notifications.deliver(ids);
    if (ids.length > 0) this.logger.log(`sent ${ids.length} report reminders and summaries`);
    return ids.length;
  }

  /** The office's programme officers; for an overdue report of an office with none, its managers. */
  private async remindOf(manager: EntityManager, item: Pending, day: string): Promise<number[]> {
    const kind = item.overdue ? NotificationKind.REPORT_OVERDUE : NotificationKind.REPORT_DUE;
    const officers = (await manager.query(
      `SELECT id, language FROM app_user WHERE active AND role = 'PROGRAMME_OFFICER' AND $1 = ANY(office_ids)`,
      [item.officeId],
    )) as Recipient[];
    const asManager = officers.length === 0 && item.overdue;
    const candidates = asManager ? await this.managersOf(manager, item.officeId) : officers;
    const recipients = await this.notYetToday(manager, candidates, kind, day, item);
    const written: number[] = [];
    for (const [language, users] of byLanguage(recipients)) {
      const message = reminderMessage(language, item.overdue, item, asManager);
      const base = { kind, message, programmeId: item.programmeId, periodId: item.periodId, remindedOn: day };
      written.push(...(await this.notifications.notify(manager, users, base)));
    }
    return written;
  }

  /** One LATE_REPORTS_SUMMARY a day per regional manager with late reports in reach. */
  private async summarise(manager: EntityManager, late: Pending[], day: string): Promise<number[]> {
    if (late.length === 0) return [];
    const managers = (await manager.query(
      `SELECT u.id, u.language,
              ARRAY(WITH RECURSIVE below AS (
                      SELECT id FROM office WHERE id = ANY(u.office_ids)
                      UNION SELECT o.id FROM office o JOIN below b ON o.parent_id = b.id)
                    SELECT id FROM below) AS "inReach"
         FROM app_user u
        WHERE u.active AND u.role = 'REGIONAL_MANAGER'
          AND NOT EXISTS (SELECT 1 FROM notification n WHERE n.user_id = u.id AND n.kind = $1 AND n.reminded_on = $2::date)
        ORDER BY u.id`,
      [NotificationKind.LATE_REPORTS_SUMMARY, day],
    )) as (Recipient & { inReach: number[] })[];
    const written: number[] = [];
    for (const { id, language, inReach } of managers) {
      const theirs = late.filter((item) => inReach.includes(item.officeId));
      if (theirs.length === 0) continue;
      const message = lateReportsSummary(language, day, theirs);
      written.push(
        ...(await this.notifications.notify(manager, [id], {
          kind: NotificationKind.LATE_REPORTS_SUMMARY,
          message,
          remindedOn: day,
        })),
      );
    }
    return written;
  }

  /** Active regional managers of the office or an office above it. */
  private managersOf(manager: EntityManager, officeId: number): Promise<Recipient[]> {
    return manager.query(
      `WITH RECURSIVE above AS (
         SELECT id, parent_id FROM office WHERE id = $1
         UNION SELECT o.id, o.parent_id FROM office o JOIN above a ON o.id = a.parent_id
       )
       SELECT id, language FROM app_user
        WHERE role = 'REGIONAL_MANAGER' AND active AND office_ids && ARRAY(SELECT id FROM above)`,
      [officeId],
    );
  }

  private async notYetToday(
    manager: EntityManager,
    candidates: Recipient[],
    kind: NotificationKind,
    day: string,
    item: Pending,
  ): Promise<Recipient[]> {
    if (candidates.length === 0) return [];
    const done = (await manager.query(
      `SELECT DISTINCT user_id AS id FROM notification
        WHERE user_id = ANY($1::int[]) AND kind = $2 AND programme_id = $3 AND period_id = $4 AND reminded_on = $5::date`,
      [candidates.map((c) => c.id), kind, item.programmeId, item.periodId, day],
    )) as { id: number }[];
    const skip = new Set(done.map((row) => row.id));
    return candidates.filter((candidate) => !skip.has(candidate.id));
  }
}

/** User ids grouped by language, so that each group gets one message in its language. */
function byLanguage(recipients: Recipient[]): Map<string, number[]> {
  const groups = new Map<string, number[]>();
  for (const { id, language } of recipients) groups.set(language, [...(groups.get(language) ?? []), id]);
  return groups;
}
