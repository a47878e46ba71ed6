import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Actor } from '#src/platform/auth/actor.js';
import type { ReportingTaskDTO } from '#src/dwcp/reporting-task/dto/reporting-task.dto.js';

/**
 * Per active programme of the user's offices, the earliest quarter that has begun, has a plan,
 * and still needs work: a returned report (unless its period is locked), or a missing or draft
 * report in an open period. Submitted and approved quarters need nothing from the officer.
 */
const TASKS_SQL = `
SELECT DISTINCT ON (cp.id)
       cp.id AS "programmeId", cp.title AS "programmeTitle", cp.office_id AS "officeId",
       q.id AS "periodId", q.code AS "periodCode", q.due_date AS "dueDate",
       r.id AS "reportId", r.status, r.version
  FROM country_programme cp
  JOIN reporting_period q ON q.kind = 'QUARTER' AND q.start_date <= $2::date
   AND EXTRACT(YEAR FROM q.start_date) BETWEEN cp.start_year AND cp.end_year
  JOIN implementation_plan plan ON plan.programme_id = cp.id AND plan.year = EXTRACT(YEAR FROM q.start_date)
  LEFT JOIN progress_report r ON r.programme_id = cp.id AND r.period_id = q.id
 WHERE cp.office_id = ANY($1::int[]) AND cp.status = 'ACTIVE'
   AND ((r.status = 'RETURNED' AND q.status <> 'LOCKED')
        OR ((r.id IS NULL OR r.status = 'DRAFT') AND q.status = 'OPEN'))
 ORDER BY cp.id, q.start_date`;

@Injectable()
export class ReportingTaskService {
  constructor(private readonly dataSource: DataSource) {}

  async tasksFor(actor: Actor, today = new Date()): Promise<ReportingTaskDTO[]> {
    if (actor.officeIds.length === 0) return [];
    return (await this.dataSource.query(TASKS_SQL, [
      actor.officeIds,
      today.toISOString().slice(0, 10),
    ])) as ReportingTaskDTO[];
  }
}
