import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AuditLog } from '#src/platform/audit/audit-log.service.js';
import type { Actor } from '#src/platform/auth/actor.js';
import { ConflictError } from '#src/common/errors/conflict.error.js';
import { InputError } from '#src/common/errors/input.error.js';
import { ImplementationPlanEntity } from '#src/dwcp/implementation-plan/implementation-plan.entity.js';
import { ImplementationPlanService } from '#src/dwcp/implementation-plan/implementation-plan.service.js';
import { PlanItemEntity } from '#src/dwcp/plan-item/plan-item.entity.js';
import { ReportAction, ReportStatus } from '#src/dwcp/progress-report/progress-report.enums.js';
import { assertPlanAllowed } from '#src/dwcp/implementation-plan/plan-rules.js';
import { markApproved, markReturned, markSubmitted, workflowStep } from '#src/dwcp/progress-report/review-workflow.js';

/** Submit, approve and return a yearly plan: the progress reports' workflow, audited the same way. */
@Injectable()
export class PlanWorkflowService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly plans: ImplementationPlanService,
    private readonly audit: AuditLog,
  ) {}

  /** Submitting the same version again (a double click, a retry) returns the plan unchanged. */
  submit(actor: Actor, id: string, version: number): Promise<ImplementationPlanEntity> {
    return workflowStep(this.dataSource, this.audit, actor, 'SUBMIT', async (manager) => {
      const plan = await this.plans.lock(manager, actor, id);
      if (plan.status === ReportStatus.SUBMITTED && plan.version === version) return plan;
      await assertPlanAllowed(manager, actor, plan, ReportAction.SUBMIT);
      if (plan.version !== version) {
        throw new ConflictError(
          'version',
          `the plan changed since version ${version} (now ${plan.version}): reload it before submitting`,
        );
      }
      if (!(await manager.existsBy(PlanItemEntity, { planId: plan.id })))
        throw InputError.field('id', 'the plan has no outputs or activities yet');
      markSubmitted(plan, actor);
      return manager.save(plan);
    });
  }

  approve(actor: Actor, id: string): Promise<ImplementationPlanEntity> {
    return workflowStep(this.dataSource, this.audit, actor, 'APPROVE', async (manager) => {
      const plan = await this.plans.lock(manager, actor, id);
      await assertPlanAllowed(manager, actor, plan, ReportAction.APPROVE);
      markApproved(plan, actor);
      return manager.save(plan);
    });
  }

  return(actor: Actor, id: string, reason: string): Promise<ImplementationPlanEntity> {
    return workflowStep(this.dataSource, this.audit, actor, 'RETURN', async (manager) => {
      const plan = await this.plans.lock(manager, actor, id);
      await assertPlanAllowed(manager, actor, plan, ReportAction.RETURN);
      markReturned(plan, actor, reason);
      return manager.save(plan);
    });
  }
}
