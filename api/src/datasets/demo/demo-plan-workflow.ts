import type { EntityManager } from 'typeorm';
import type { AuditLog } from '#src/platform/audit/audit-log.service.js';
import { AuditPath } from '#src/platform/audit/audit-path.enum.js';
import type { Actor } from '#src/platform/auth/actor.js';
import { assertPlanAllowed } from '#src/dwcp/implementation-plan/plan-rules.js';
import { ImplementationPlanEntity } from '#src/dwcp/implementation-plan/implementation-plan.entity.js';
import { ReportAction } from '#src/dwcp/progress-report/progress-report.enums.js';
import { markApproved, markReturned, markSubmitted } from '#src/dwcp/progress-report/review-workflow.js';

/** The demo's plans were submitted in mid-January 2009 and reviewed a few days later. */
const SUBMITTED_AT = new Date('2009-01-15T09:00:00Z');
const REVIEWED_AT = new Date('2009-01-20T09:00:00Z');
const RETURN_REASON = 'Please split the activities by quarter (demo).';

/**
 * One step of a demo plan along the plan workflow (plan-workflow.service.ts), inside the demo's
 * transaction: the same transition rules and the same marks, audited as the workflow audits them
 * (path WORKFLOW, action SUBMIT / APPROVE / RETURN, the actor named), dated on the demo's calendar.
 * The rest of the demo is the system's again afterwards.
 */
export async function stepDemoPlan(
  manager: EntityManager,
  audit: AuditLog,
  plan: ImplementationPlanEntity,
  action: ReportAction.SUBMIT | ReportAction.APPROVE | ReportAction.RETURN,
  actor: Actor,
): Promise<void> {
  const current = await manager.findOneByOrFail(ImplementationPlanEntity, { id: plan.id });
  await assertPlanAllowed(manager, actor, current, action);
  await audit.actAs(manager, actor, { via: AuditPath.WORKFLOW, action });
  if (action === ReportAction.SUBMIT) {
    markSubmitted(current, actor);
    Object.assign(current, { submittedAt: SUBMITTED_AT, firstSubmittedAt: SUBMITTED_AT });
  } else {
    if (action === ReportAction.APPROVE) markApproved(current, actor);
    else markReturned(current, actor, RETURN_REASON);
    current.reviewedAt = REVIEWED_AT;
  }
  await manager.save(current);
  await audit.actAs(manager, null, { via: AuditPath.SYSTEM });
}
