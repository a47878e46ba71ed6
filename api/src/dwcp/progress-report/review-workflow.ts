import type { DataSource, EntityManager } from 'typeorm';
import type { AuditLog } from '#src/platform/audit/audit-log.service.js';
import { AuditPath } from '#src/platform/audit/audit-path.enum.js';
import type { Actor } from '#src/platform/auth/actor.js';
import { translateDatabaseError } from '#src/common/errors/database-error.util.js';
import { ReportStatus } from '#src/dwcp/progress-report/progress-report.enums.js';
import type { ReviewedEntity } from '#src/dwcp/progress-report/reviewed.entity.js';

export function markSubmitted(record: ReviewedEntity, actor: Actor): void {
  const now = new Date();
  Object.assign(record, { status: ReportStatus.SUBMITTED, submittedAt: now, submittedById: actor.userId });
  record.firstSubmittedAt ??= now;
}

export function markApproved(record: ReviewedEntity, actor: Actor): void {
  Object.assign(record, { status: ReportStatus.APPROVED, reviewedAt: new Date(), reviewedById: actor.userId });
}

export function markReturned(record: ReviewedEntity, actor: Actor, reason: string): void {
  Object.assign(record, {
    status: ReportStatus.RETURNED,
    returnReason: reason.trim(),
    reviewedAt: new Date(),
    reviewedById: actor.userId,
  });
}

/**
 * One workflow step in one transaction, audited as `action` (SUBMIT, APPROVE, RETURN) by the path
 * WORKFLOW; a database refusal becomes an error naming the field.
 */
export async function workflowStep<T>(
  dataSource: DataSource,
  audit: AuditLog,
  actor: Actor,
  action: string,
  work: (manager: EntityManager) => Promise<T>,
): Promise<T> {
  try {
    return await dataSource.transaction(async (manager) => {
      await audit.actAs(manager, actor, { via: AuditPath.WORKFLOW, action });
      return work(manager);
    });
  } catch (error) {
    throw translateDatabaseError(error);
  }
}
