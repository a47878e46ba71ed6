import type { EntityManager } from 'typeorm';
import { InputError } from '#src/common/errors/input.error.js';
import { ProgressReportLineEntity } from '#src/dwcp/progress-report/progress-report-line.entity.js';
import type { ProgressReportEntity } from '#src/dwcp/progress-report/progress-report.entity.js';

/** The message (English; the interface shows it in the user's language) on each unconfirmed line. */
export const UNCONFIRMED_CARRIED_FORWARD =
  'carried forward from the previous quarter: confirm it (or change it) before submitting';

/**
 * A new report's lines start from the status and % complete of the same plan items in the
 * programme's report of the quarter just before, marked carried forward until confirmed.
 */
export async function carryForward(manager: EntityManager, report: ProgressReportEntity): Promise<void> {
  await manager.query(
    `UPDATE progress_report_line l
        SET status = prev.status, percent_complete = prev.percent_complete, carried_forward = true
       FROM progress_report_line prev
       JOIN progress_report pr ON pr.id = prev.report_id
       JOIN reporting_period pp ON pp.id = pr.period_id
       JOIN reporting_period q ON q.id = $2
      WHERE l.report_id = $1 AND prev.plan_item_id = l.plan_item_id
        AND pr.programme_id = $3 AND pp.kind = 'QUARTER' AND pp.end_date = q.start_date - 1`,
    [report.id, report.periodId, report.programmeId],
  );
}

/**
 * A plan item added or changed joins, in the same transaction, the open reports (DRAFT in an
 * OPEN period, RETURNED in an OPEN or CLOSED one: those that can still be edited) of the
 * quarters it covers; each report it joins gets a new version. Returns the reports joined.
 */
export async function joinOpenReports(manager: EntityManager, planItemId: number): Promise<number[]> {
  const joined = (await manager.query(
    `INSERT INTO progress_report_line (report_id, plan_item_id)
     SELECT r.id, i.id
       FROM plan_item i
       JOIN implementation_plan p ON p.id = i.plan_id
       JOIN reporting_period s ON s.id = i.start_period_id
       JOIN reporting_period e ON e.id = i.end_period_id
       JOIN progress_report r ON r.programme_id = p.programme_id
       JOIN reporting_period q ON q.id = r.period_id
      WHERE i.id = $1 AND s.start_date <= q.end_date AND e.end_date >= q.start_date
        AND ((r.status = 'DRAFT' AND q.status = 'OPEN') OR (r.status = 'RETURNED' AND q.status IN ('OPEN', 'CLOSED')))
     ON CONFLICT (report_id, plan_item_id) DO NOTHING
     RETURNING report_id`,
    [planItemId],
  )) as { report_id: number }[];
  const reportIds = joined.map((row) => row.report_id);
  if (reportIds.length)
    await manager.query(`UPDATE progress_report SET version = version + 1 WHERE id = ANY($1::int[])`, [reportIds]);
  return reportIds;
}

/** Refuses submission while any line still carries an unconfirmed status: names each as lines[i].status. */
export async function assertCarriedForwardConfirmed(
  manager: EntityManager,
  report: ProgressReportEntity,
): Promise<void> {
  const lines = await manager.find(ProgressReportLineEntity, {
    where: { reportId: report.id },
    order: { planItemId: 'ASC' },
  });
  const problems = lines.flatMap((line, index) =>
    line.carriedForward ? [{ field: `lines[${index}].status`, message: UNCONFIRMED_CARRIED_FORWARD }] : [],
  );
  if (problems.length) throw new InputError(problems);
}
