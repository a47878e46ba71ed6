import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { FieldChange } from '#src/platform/audit/audit-entry.entity.js';
import { AuditLog } from '#src/platform/audit/audit-log.service.js';
import { AuditPath } from '#src/platform/audit/audit-path.enum.js';
import type { Actor } from '#src/platform/auth/actor.js';
import { parseId } from '#src/common/crud/id.util.js';
import { ConflictError } from '#src/common/errors/conflict.error.js';
import { translateDatabaseError } from '#src/common/errors/database-error.util.js';
import { InputError } from '#src/common/errors/input.error.js';
import { IndicatorResultEntity } from '#src/results/indicator-result/indicator-result.entity.js';
import { NotificationKind } from '#src/platform/notification/notification.entity.js';
import { NotificationService } from '#src/platform/notification/notification.service.js';
import type { LineCommentInput } from '#src/dwcp/progress-report/dto/line-comment.input.js';
import type { ResultCommentInput } from '#src/dwcp/progress-report/dto/result-comment.input.js';
import { ProgressReportLineEntity } from '#src/dwcp/progress-report/progress-report-line.entity.js';
import { ProgressReportEntity } from '#src/dwcp/progress-report/progress-report.entity.js';
import { ReportAction, ReportStatus } from '#src/dwcp/progress-report/progress-report.enums.js';
import { ProgressReportService } from '#src/dwcp/progress-report/progress-report.service.js';
import { assertResultsStillValid } from '#src/dwcp/progress-report/report-results.js';
import { reportChanges, type ReportContent } from '#src/dwcp/progress-report/report-content.js';
import { ReportSnapshotEntity } from '#src/dwcp/progress-report/report-snapshot.entity.js';

const LINE_FIELDS = ['status', 'percentComplete', 'narrative', 'challenges'] as const;
const RESULT_FIELDS = ['value', 'narrative', 'milestoneStatus', 'evidenceLinks', 'disaggregations'] as const;

export interface ReturnComments {
  lines: LineCommentInput[];
  results: ResultCommentInput[];
}

type Flaggable = { id: number; flagged: boolean; reviewerComment: string | null };

/** Clears earlier flags, then flags each commented row; a row not in the report is a bad input. */
function flag<K extends 'lineId' | 'resultId'>(
  rows: Flaggable[],
  comments: (Record<K, string> & { comment: string })[],
  list: string,
  key: K,
  notFound: (id: string) => string,
): void {
  for (const row of rows) Object.assign(row, { flagged: false, reviewerComment: null });
  for (const [index, comment] of comments.entries()) {
    const field = `${list}[${index}].${key}`;
    const row = rows.find((candidate) => candidate.id === parseId(comment[key], field));
    if (!row) throw InputError.field(field, notFound(comment[key]));
    Object.assign(row, { flagged: true, reviewerComment: comment.comment.trim() });
  }
}

/** Submit, approve and return: the only ways a report's status changes. */
@Injectable()
export class ReportWorkflowService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly reports: ProgressReportService,
    private readonly audit: AuditLog,
    private readonly notifications: NotificationService,
  ) {}

  /** Submitting the same version again (a double click, a retry) returns the report unchanged. */
  submit(actor: Actor, id: string, version: number): Promise<ProgressReportEntity> {
    return this.step(
      async (manager) => {
        const report = await this.reports.lock(manager, actor, id);
        if (report.status === ReportStatus.SUBMITTED && report.version === version) return { report, changed: false };
        await this.reports.assertAllowed(manager, actor, report, ReportAction.SUBMIT);
        if (report.version !== version) {
          throw new ConflictError(
            'version',
            `the report changed since version ${version} (now ${report.version}): reload it before submitting`,
          );
        }
        await assertResultsStillValid(manager, report);
        const now = new Date();
        Object.assign(report, { status: ReportStatus.SUBMITTED, submittedAt: now, submittedById: actor.userId });
        report.firstSubmittedAt ??= now;
        return { report, changed: true };
      },
      actor,
      'SUBMIT',
    );
  }

  approve(actor: Actor, id: string): Promise<ProgressReportEntity> {
    return this.step(
      async (manager) => {
        const report = await this.reports.lockForChange(manager, actor, id, ReportAction.APPROVE);
        Object.assign(report, { status: ReportStatus.APPROVED, reviewedAt: new Date(), reviewedById: actor.userId });
        return { report, changed: true };
      },
      actor,
      'APPROVE',
    );
  }

  /** Flags replace those of an earlier return: only what this review comments on stays flagged. */
  return(actor: Actor, id: string, reason: string, comments: ReturnComments): Promise<ProgressReportEntity> {
    return this.step(
      async (manager) => {
        const report = await this.reports.lockForChange(manager, actor, id, ReportAction.RETURN);
        const lines = await manager.findBy(ProgressReportLineEntity, { reportId: report.id });
        flag(
          lines,
          comments.lines,
          'lineComments',
          'lineId',
          (lineId) => `line ${lineId} is not a line of this report`,
        );
        await manager.save(ProgressReportLineEntity, lines);
        const results = await manager.findBy(IndicatorResultEntity, { reportId: report.id });
        flag(
          results,
          comments.results,
          'resultComments',
          'resultId',
          (resultId) => `result ${resultId} is not an indicator result of this report`,
        );
        await manager.save(IndicatorResultEntity, results);
        Object.assign(report, {
          status: ReportStatus.RETURNED,
          returnReason: reason.trim(),
          reviewedAt: new Date(),
          reviewedById: actor.userId,
        });
        return { report, changed: true };
      },
      actor,
      'RETURN',
    );
  }

  /** What changed since the report was last returned: empty if it never was. */
  async changesSinceReturn(report: ProgressReportEntity): Promise<FieldChange[]> {
    const manager = this.dataSource.manager;
    const returned = await manager.findOne(ReportSnapshotEntity, {
      where: { reportId: report.id, event: ReportStatus.RETURNED },
      order: { id: 'DESC' },
    });
    if (!returned) return [];
    return reportChanges(returned.content as unknown as ReportContent, await this.contentOf(manager, report));
  }

  async contentOf(manager: EntityManager, report: ProgressReportEntity): Promise<ReportContent> {
    const lines = (await manager.query(
      `SELECT l.*, i.code FROM progress_report_line l JOIN plan_item i ON i.id = l.plan_item_id WHERE l.report_id = $1`,
      [report.id],
    )) as (Record<string, unknown> & { code: string })[];
    const results = await manager.findBy(IndicatorResultEntity, { reportId: report.id });
    const pick = (row: Record<string, unknown>, fields: readonly string[]) =>
      Object.fromEntries(fields.map((field) => [field, row[field] ?? null]));
    return {
      achievements: report.achievements,
      challenges: report.challenges,
      nextSteps: report.nextSteps,
      lines: Object.fromEntries(
        lines.map((line) => [line.code, pick({ ...line, percentComplete: line.percent_complete }, LINE_FIELDS)]),
      ),
      results: Object.fromEntries(
        results.map((result) => [String(result.componentId), pick(result as never, RESULT_FIELDS)]),
      ),
    };
  }

  /** Submitted: the office's reviewers. Returned or approved: whoever submitted it. */
  private async notifyFor(manager: EntityManager, report: ProgressReportEntity): Promise<number[]> {
    const [about] = (await manager.query(
      `SELECT cp.title, p.code FROM country_programme cp, reporting_period p WHERE cp.id = $1 AND p.id = $2`,
      [report.programmeId, report.periodId],
    )) as { title: string; code: string }[];
    const subject = `${about!.title}: progress report for ${about!.code}`;
    const base = { reportId: report.id, programmeId: report.programmeId, periodId: report.periodId };
    const submitter = report.submittedById === null ? [] : [report.submittedById];
    switch (report.status) {
      case ReportStatus.SUBMITTED:
        return this.notifications.notify(manager, await this.notifications.reviewersOf(manager, report.officeId), {
          ...base,
          kind: NotificationKind.REPORT_SUBMITTED,
          message: `${subject} submitted for review`,
        });
      case ReportStatus.RETURNED:
        return this.notifications.notify(manager, submitter, {
          ...base,
          kind: NotificationKind.REPORT_RETURNED,
          message: `${subject} returned: ${report.returnReason}`,
        });
      case ReportStatus.APPROVED:
        return this.notifications.notify(manager, submitter, {
          ...base,
          kind: NotificationKind.REPORT_APPROVED,
          message: `${subject} approved`,
        });
      default:
        return [];
    }
  }

  /** One transaction: the change (audited as `action`), a snapshot of the report as it now stands, notifications. */
  private async step(
    change: (manager: EntityManager) => Promise<{ report: ProgressReportEntity; changed: boolean }>,
    actor: Actor,
    action: string,
  ): Promise<ProgressReportEntity> {
    try {
      const { saved, notified } = await this.dataSource.transaction(async (manager) => {
        await this.audit.actAs(manager, actor, { via: AuditPath.WORKFLOW, action });
        const { report, changed } = await change(manager);
        if (!changed) return { saved: report, notified: [] as number[] };
        const saved = await manager.save(report);
        await manager.insert(ReportSnapshotEntity, {
          reportId: saved.id,
          event: saved.status,
          version: saved.version,
          byUserId: actor.userId,
          content: (await this.contentOf(manager, saved)) as never,
        });
        return { saved, notified: await this.notifyFor(manager, saved) };
      });
      await this.notifications.deliver(notified);
      return saved;
    } catch (error) {
      throw translateDatabaseError(error);
    }
  }
}
