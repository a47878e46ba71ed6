import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Actor } from '#src/platform/auth/actor.js';
import { officesInReach } from '#src/common/scope/offices-in-reach.js';
import {
  complianceState,
  deadlineOf,
  onTime,
  type ComplianceStatus,
} from '#src/dwcp/reporting-compliance/compliance-rule.js';
import { ReportingClock } from '#src/platform/config/reporting-clock.service.js';
import type {
  CompliancePeriodDTO,
  ProgrammeComplianceDTO,
  ReportingComplianceDTO,
} from '#src/dwcp/reporting-compliance/dto/reporting-compliance.dto.js';

interface Row {
  programmeId: number;
  officeId: number;
  officeCode: string;
  countryCode: string;
  periodId: number;
  reportId: number | null;
  status: string | null;
  firstSubmittedAt: Date | null;
}

/** Who has reported for which quarter: every active programme, in every period asked for. */
@Injectable()
export class ReportingComplianceService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: ReportingClock,
  ) {}

  /** As of `asOf` (YYYY-MM-DD), by default the reporting clock's day. */
  async compliance(
    actor: Actor,
    periodIds: string[],
    officeId: string | null,
    asOf?: string,
  ): Promise<ReportingComplianceDTO> {
    const day = asOf ?? (await this.clock.today());
    const today = new Date(`${day}T12:00:00Z`);
    const offices = await officesInReach(this.dataSource.manager, actor, officeId);
    const ids = periodIds.map(Number);
    const [periods, rows] = await Promise.all([this.periods(ids), this.cells(ids, offices)]);
    const byId = new Map(periods.map((period) => [period.id, period]));
    // Each programme's fields once, its cells beside them: half the fields of one row per cell.
    const programmes: ProgrammeComplianceDTO[] = [];
    let current: ProgrammeComplianceDTO | undefined;
    for (const row of rows) {
      if (current?.programmeId !== row.programmeId) {
        const { programmeId, officeId: office, officeCode, countryCode } = row;
        current = { programmeId, officeId: office, officeCode, countryCode, cells: [] };
        programmes.push(current);
      }
      const period = byId.get(row.periodId)!;
      const status = (row.status ?? 'NOT_STARTED') as ComplianceStatus;
      current.cells.push({
        periodId: row.periodId,
        reportId: row.reportId,
        status,
        firstSubmittedAt: row.firstSubmittedAt,
        onTime: onTime(row.firstSubmittedAt, deadlineOf(period.dueDate), today),
        state: complianceState(
          {
            status,
            firstSubmittedAt: row.firstSubmittedAt,
            periodEnd: period.endDate,
            dueDate: period.dueDate,
            periodClosed: period.status === 'CLOSED',
          },
          day,
        ),
      });
    }
    return { asOf: day, periods, programmes };
  }

  private periods(ids: number[]): Promise<CompliancePeriodDTO[]> {
    return this.dataSource.query(
      `SELECT id, code, due_date AS "dueDate", end_date AS "endDate", status FROM reporting_period WHERE id = ANY($1::int[]) ORDER BY start_date`,
      [ids],
    );
  }

  private cells(periodIds: number[], offices: number[] | null): Promise<Row[]> {
    const parameters: unknown[] = [periodIds];
    if (offices !== null) parameters.push(offices);
    return this.dataSource.query(
      `SELECT cp.id AS "programmeId", o.id AS "officeId", o.code AS "officeCode", cp.country_code AS "countryCode",
              p.id AS "periodId", pr.id AS "reportId", pr.status, pr.first_submitted_at AS "firstSubmittedAt"
         FROM country_programme cp
         JOIN office o ON o.id = cp.office_id
         JOIN reporting_period p ON p.id = ANY($1::int[])
         LEFT JOIN progress_report pr ON pr.programme_id = cp.id AND pr.period_id = p.id
        WHERE cp.status = 'ACTIVE'
          AND extract(year FROM p.start_date) BETWEEN cp.start_year AND cp.end_year
          ${offices !== null ? 'AND cp.office_id = ANY($2::int[])' : ''}
        ORDER BY o.code, cp.country_code, cp.id, p.start_date`,
      parameters,
    );
  }
}
