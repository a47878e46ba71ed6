import type { EntityManager } from 'typeorm';
import { bulkInsert } from '#src/datasets/synthetic/bulk-insert.js';
import type { SeededRandom } from '#src/datasets/synthetic/random.js';
import type { SyntheticPlan } from '#src/datasets/synthetic/synthetic-dwcp.js';
import type { SyntheticQuarter } from '#src/datasets/synthetic/synthetic-organization.js';
import type { SyntheticUsers } from '#src/datasets/synthetic/synthetic-users.js';
import { LineStatus, ReportStatus } from '#src/dwcp/progress-report/progress-report.enums.js';

export interface ReportsInput {
  random: SeededRandom;
  quarters: SyntheticQuarter[];
  plans: SyntheticPlan[];
  /** The last quarters, whose reports stay DRAFT. */
  draftQuarters: number;
  users: SyntheticUsers;
}

const DAY = 86_400_000;
const HOUR = 3_600_000;
const at = (date: string, days: number, hours: number): string =>
  new Date(Date.parse(date) + days * DAY + hours * HOUR).toISOString();

/** Where an item of an approved report stands, `quarter` (1-4) quarters into its year. */
function approvedLine(random: SeededRandom, quarter: number): [LineStatus, number | null] {
  const roll = random.next();
  if (roll < 0.03) return [LineStatus.CANCELLED, null];
  if (roll < 0.08) return [LineStatus.NOT_STARTED, 0];
  const percent = Math.min(100, Math.round((quarter / 4) * (40 + 80 * random.next())));
  if (percent >= 100) return [LineStatus.COMPLETED, 100];
  return [random.chance(0.2) ? LineStatus.DELAYED : LineStatus.ON_TRACK, percent];
}

/**
 * A report per programme and quarter, with a line per item of the year's plan: APPROVED (submitted
 * by the office's programme officer around the due date, reviewed by the manager, edited twice:
 * version 3), except in the last `draftQuarters` quarters, whose DRAFTs are untouched (version 1,
 * every line NOT_STARTED) and ready to be submitted.
 */
export async function insertReports(
  manager: EntityManager,
  input: ReportsInput,
): Promise<{ reports: number; lines: number }> {
  const { random, users } = input;
  const firstDraft = input.quarters.length - input.draftQuarters;
  const position = new Map(input.quarters.map((quarter, index) => [quarter.id, index]));
  const reports: unknown[][] = [];
  const lines: unknown[][] = [];
  for (const plan of input.plans) {
    for (const quarter of input.quarters.filter((candidate) => candidate.year === plan.year)) {
      const id = reports.length + 1;
      if (position.get(quarter.id)! >= firstDraft) {
        reports.push([
          id,
          plan.programmeId,
          quarter.id,
          plan.officeId,
          ReportStatus.DRAFT,
          1,
          null,
          null,
          null,
          null,
          null,
          null,
        ]);
        for (const itemId of plan.itemIds) lines.push([lines.length + 1, id, itemId, LineStatus.NOT_STARTED, null]);
        continue;
      }
      const submittedAt = at(quarter.dueDate, random.int(-10, 6), random.int(8, 17));
      reports.push([
        id,
        plan.programmeId,
        quarter.id,
        plan.officeId,
        ReportStatus.APPROVED,
        3,
        `Synthetic achievements of ${quarter.code}`,
        submittedAt,
        submittedAt,
        users.officerByOffice.get(plan.officeId)!,
        at(submittedAt, random.int(1, 12), 0),
        users.managerId,
      ]);
      for (const itemId of plan.itemIds)
        lines.push([lines.length + 1, id, itemId, ...approvedLine(random, quarter.number)]);
    }
  }
  const int = 'int[]';
  const timestamp = 'timestamptz[]';
  await bulkInsert(
    manager,
    'progress_report',
    [
      { name: 'id', arrayType: int },
      { name: 'programme_id', arrayType: int },
      { name: 'period_id', arrayType: int },
      { name: 'office_id', arrayType: int },
      { name: 'status', arrayType: 'report_status[]' },
      { name: 'version', arrayType: int },
      { name: 'achievements', arrayType: 'text[]' },
      { name: 'first_submitted_at', arrayType: timestamp },
      { name: 'submitted_at', arrayType: timestamp },
      { name: 'submitted_by_id', arrayType: int },
      { name: 'reviewed_at', arrayType: timestamp },
      { name: 'reviewed_by_id', arrayType: int },
    ],
    reports,
  );
  await bulkInsert(
    manager,
    'progress_report_line',
    [
      { name: 'id', arrayType: int },
      { name: 'report_id', arrayType: int },
      { name: 'plan_item_id', arrayType: int },
      { name: 'status', arrayType: 'line_status[]' },
      { name: 'percent_complete', arrayType: 'numeric[]' },
    ],
    lines,
  );
  return { reports: reports.length, lines: lines.length };
}
