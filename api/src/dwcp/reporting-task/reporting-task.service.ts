import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Actor } from '#src/platform/auth/actor.js';
import { PeriodStatus } from '#src/platform/reporting-period/reporting-period.enums.js';
import { ReportAction, type ReportStatus } from '#src/dwcp/progress-report/progress-report.enums.js';
import { checkTransition } from '#src/dwcp/progress-report/progress-report.workflow.js';
import type { ReportingTaskDTO } from '#src/dwcp/reporting-task/dto/reporting-task.dto.js';

/**
 * Per active programme of the user's offices, the earliest quarter that has begun, has a plan,
 * and still needs work: a returned report (unless its period is locked), or a missing or draft
 * report in an open period. Submitted and approved quarters need nothing from the officer.
 * After those, every draft or returned report of a LOCKED quarter, so that it stays in sight
 * (read-only) instead of vanishing when the period is locked.
 */
const TASKS_SQL = `
WITH due AS (
  SELECT DISTINCT ON (cp.id)
         cp.id AS "programmeId", cp.title AS "programmeTitle", cp.office_id AS "officeId",
         q.id AS "periodId", q.code AS "periodCode", q.due_date AS "dueDate", q.status AS "periodStatus",
         q.start_date, r.id AS "reportId", r.status, r.version
    FROM country_programme cp
    JOIN reporting_period q ON q.kind = 'QUARTER' AND q.start_date <= $2::date
     AND EXTRACT(YEAR FROM q.start_date) BETWEEN cp.start_year AND cp.end_year
    JOIN implementation_plan plan ON plan.programme_id = cp.id AND plan.year = EXTRACT(YEAR FROM q.start_date)
    LEFT JOIN progress_report r ON r.programme_id = cp.id AND r.period_id = q.id
   WHERE cp.office_id = ANY($1::int[]) AND cp.status = 'ACTIVE'
     AND ((r.status = 'RETURNED' AND q.status <> 'LOCKED')
          OR ((r.id IS NULL OR r.status = 'DRAFT') AND q.status = 'OPEN'))
   ORDER BY cp.id, q.start_date
), locked AS (
  SELECT cp.id, cp.title, cp.office_id, q.id AS period_id, q.code, q.due_date, q.status AS period_status,
         q.start_date, r.id AS report_id, r.status, r.version
    FROM country_programme cp
    JOIN progress_report r ON r.programme_id = cp.id AND r.status IN ('DRAFT', 'RETURNED')
    JOIN reporting_period q ON q.id = r.period_id AND q.status = 'LOCKED'
   WHERE cp.office_id = ANY($1::int[]) AND cp.status = 'ACTIVE'
)
SELECT "programmeId", "programmeTitle", "officeId", "periodId", "periodCode", "dueDate", "periodStatus",
       "reportId", status, version
  FROM (SELECT *, 0 AS rank FROM due UNION ALL SELECT *, 1 FROM locked) task
 ORDER BY rank, "programmeId", start_date`;

type TaskRow = Omit<ReportingTaskDTO, 'editable'>;

@Injectable()
export class ReportingTaskService {
  constructor(private readonly dataSource: DataSource) {}

  async tasksFor(actor: Actor, today = new Date()): Promise<ReportingTaskDTO[]> {
    if (actor.officeIds.length === 0) return [];
    const rows = (await this.dataSource.query(TASKS_SQL, [
      actor.officeIds,
      today.toISOString().slice(0, 10),
    ])) as TaskRow[];
    return rows.map((row) => ({ ...row, editable: editable(row.status, row.periodStatus) }));
  }
}

// The workflow decides: a report not started yet is due in an open quarter, so it can be started.
const editable = (status: ReportStatus | null, periodStatus: PeriodStatus): boolean =>
  status === null
    ? periodStatus === PeriodStatus.OPEN
    : checkTransition(status, ReportAction.EDIT, periodStatus).allowed;
