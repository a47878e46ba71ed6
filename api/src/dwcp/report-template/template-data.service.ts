import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Actor } from '#src/platform/auth/actor.js';
import { findReference } from '#src/common/crud/reference.util.js';
import { InputError } from '#src/common/errors/input.error.js';
import { assertWritableOffice } from '#src/common/scope/office-scope.js';
import type { MilestoneStatus } from '#src/results/indicator-result/milestone-status.enum.js';
import type { Measure } from '#src/results/indicator/indicator.enums.js';
import { OfficeEntity } from '#src/platform/office/office.entity.js';
import { DUE_COMPONENT_PAIRS_SQL, FRAMEWORK_ORDER_SQL } from '#src/dwcp/progress-report/progress-report.loader.js';
import type { LineStatus, ReportStatus } from '#src/dwcp/progress-report/progress-report.enums.js';
import { ReportingPeriodEntity } from '#src/platform/reporting-period/reporting-period.entity.js';
import { PeriodKind } from '#src/platform/reporting-period/reporting-period.enums.js';
import { writtenRowsOf, type WrittenRows } from '#src/dwcp/report-template/template-meta.js';

export interface TemplateReport {
  id: number;
  version: number;
  status: ReportStatus;
  programmeTitle: string;
  achievements: string | null;
  challenges: string | null;
  nextSteps: string | null;
}

export interface TemplateLine {
  lineId: number;
  reportId: number;
  programmeOutcome: string;
  code: string;
  title: string;
  period: string;
  status: LineStatus;
  percentComplete: number | null;
  narrative: string | null;
  challenges: string | null;
  reviewerComment: string | null;
}

export interface TemplateResult {
  reportId: number;
  componentId: number;
  outcomeNumber: number;
  outcomeTitle: string;
  indicatorCode: string;
  indicatorTitle: string;
  position: number;
  measure: Measure;
  unit: string | null;
  baselineValue: number | null;
  baselineNarrative: string | null;
  targetValue: number | null;
  targetNarrative: string | null;
  value: number | null;
  milestoneStatus: MilestoneStatus | null;
  narrative: string | null;
}

/** What the offline template of an office's quarter holds: its reports, their lines and due components. */
export interface TemplateContent {
  office: OfficeEntity;
  period: ReportingPeriodEntity;
  reports: TemplateReport[];
  lines: TemplateLine[];
  results: TemplateResult[];
}

const REPORTS_SQL = `
SELECT r.id, r.version, r.status, p.title AS "programmeTitle", r.achievements, r.challenges, r.next_steps AS "nextSteps"
  FROM progress_report r JOIN country_programme p ON p.id = r.programme_id
 WHERE r.office_id = $1 AND r.period_id = $2
 ORDER BY p.title, r.id`;

const LINES_SQL = `
SELECT l.id AS "lineId", l.report_id AS "reportId",
       COALESCE(po.code || ' ' || po.title, '') AS "programmeOutcome", item.code, item.title,
       CASE WHEN s.id = e.id THEN s.code ELSE s.code || ' to ' || e.code END AS period,
       l.status, l.percent_complete AS "percentComplete", l.narrative, l.challenges,
       l.reviewer_comment AS "reviewerComment"
  FROM progress_report_line l
  JOIN plan_item item ON item.id = l.plan_item_id
  LEFT JOIN programme_outcome po ON po.id = item.programme_outcome_id
  JOIN reporting_period s ON s.id = item.start_period_id
  JOIN reporting_period e ON e.id = item.end_period_id
 WHERE l.report_id = ANY($1::int[])
 ORDER BY l.report_id, po.code NULLS LAST, item.code`;

// Each report's due components with the value the report carries now.
const RESULTS_SQL = `
SELECT due.report_id AS "reportId", c.id AS "componentId", o.number AS "outcomeNumber", o.title AS "outcomeTitle",
       i.code AS "indicatorCode", i.title AS "indicatorTitle", c.position,
       COALESCE(c.measure, i.measure) AS measure, COALESCE(c.unit, i.unit) AS unit,
       c.baseline_value AS "baselineValue", c.baseline_narrative AS "baselineNarrative",
       c.target_value AS "targetValue", c.target_narrative AS "targetNarrative",
       r.value, r.milestone_status AS "milestoneStatus", r.narrative
  FROM (${DUE_COMPONENT_PAIRS_SQL}) due
  JOIN indicator_component c ON c.id = due.component_id
  JOIN indicator i ON i.id = c.indicator_id
  JOIN outcome o ON o.id = i.outcome_id
  LEFT JOIN indicator_result r ON r.report_id = due.report_id AND r.component_id = c.id
 ORDER BY due.report_id, ${FRAMEWORK_ORDER_SQL}`;

@Injectable()
export class ReportTemplateData {
  constructor(private readonly dataSource: DataSource) {}

  /** The office's reports of the quarter, for someone who may fill them in; refused naming the field otherwise. */
  async load(actor: Actor, officeId: string, periodId: string): Promise<TemplateContent> {
    const manager = this.dataSource.manager;
    const office = await findReference(manager, OfficeEntity, officeId, 'officeId', 'Office');
    assertWritableOffice(actor, office.id, 'officeId', '', `${office.code} is not one of your offices`);
    const period = await findReference(manager, ReportingPeriodEntity, periodId, 'periodId', 'ReportingPeriod');
    if (period.kind !== PeriodKind.QUARTER) throw InputError.field('periodId', `${period.code} is not a quarter`);
    const reports = (await manager.query(REPORTS_SQL, [office.id, period.id])) as TemplateReport[];
    if (reports.length === 0) {
      throw InputError.field(
        'periodId',
        `${office.code} has no report for ${period.code} yet: start it on "My report" first, then download its template`,
      );
    }
    return { office, period, reports, ...(await this.rowsOf(reports.map((report) => report.id))) };
  }

  /** The rows a template of these reports is written with now (for templates that did not record theirs). */
  async writtenRows(reportIds: number[]): Promise<WrittenRows> {
    return writtenRowsOf(await this.rowsOf(reportIds));
  }

  private async rowsOf(reportIds: number[]): Promise<Pick<TemplateContent, 'lines' | 'results'>> {
    const manager = this.dataSource.manager;
    const lines = (await manager.query(LINES_SQL, [reportIds])) as TemplateLine[];
    const results = (await manager.query(RESULTS_SQL, [reportIds])) as TemplateResult[];
    return { lines, results };
  }
}
