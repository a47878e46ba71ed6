import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Actor } from '#src/auth/actor.js';
import { officesInReach } from '#src/common/scope/offices-in-reach.js';
import { onTime } from '#src/reporting-compliance/compliance-rule.js';
import type { ComplianceCellDTO } from '#src/reporting-compliance/reporting-compliance.dto.js';

type Row = Omit<ComplianceCellDTO, 'onTime' | 'status'> & { status: string | null };

/** Who has reported for which quarter: every active programme, in every period asked for. */
@Injectable()
export class ReportingComplianceService {
  constructor(private readonly dataSource: DataSource) {}

  async compliance(
    actor: Actor,
    periodIds: string[],
    officeId: string | null,
    today = new Date(),
  ): Promise<ComplianceCellDTO[]> {
    const offices = await officesInReach(this.dataSource.manager, actor, officeId);
    const parameters: unknown[] = [periodIds.map(Number)];
    if (offices !== null) parameters.push(offices);
    const rows = (await this.dataSource.query(
      `SELECT o.id AS "officeId", o.code AS "officeCode", cp.id AS "programmeId", cp.country_code AS "countryCode",
              p.id AS "periodId", p.code AS "periodCode", p.due_date AS "dueDate",
              pr.id AS "reportId", pr.status, pr.first_submitted_at AS "firstSubmittedAt"
         FROM country_programme cp
         JOIN office o ON o.id = cp.office_id
         JOIN reporting_period p ON p.id = ANY($1::int[])
         LEFT JOIN progress_report pr ON pr.programme_id = cp.id AND pr.period_id = p.id
        WHERE cp.status = 'ACTIVE'
          AND extract(year FROM p.start_date) BETWEEN cp.start_year AND cp.end_year
          ${offices !== null ? 'AND cp.office_id = ANY($2::int[])' : ''}
        ORDER BY o.code, cp.country_code, p.start_date`,
      parameters,
    )) as Row[];
    return rows.map((row) => ({
      ...row,
      status: row.status ?? 'NOT_STARTED',
      onTime: onTime(row.firstSubmittedAt, row.dueDate, today),
    }));
  }
}
