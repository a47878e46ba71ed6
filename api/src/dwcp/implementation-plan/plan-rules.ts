import type { EntityManager } from 'typeorm';
import type { Actor } from '#src/platform/auth/actor.js';
import { InputError } from '#src/common/errors/input.error.js';
import { assertWritableOffice } from '#src/common/scope/office-scope.js';
import { CountryProgrammeEntity } from '#src/dwcp/country-programme/country-programme.entity.js';
import type { ImplementationPlanEntity } from '#src/dwcp/implementation-plan/implementation-plan.entity.js';
import { ReportAction } from '#src/dwcp/progress-report/progress-report.enums.js';
import { checkTransition } from '#src/dwcp/progress-report/progress-report.workflow.js';
import { ReportingPeriodEntity } from '#src/platform/reporting-period/reporting-period.entity.js';
import { PeriodKind, PeriodStatus } from '#src/platform/reporting-period/reporting-period.enums.js';

/** The status of the plan's year (a YEAR period), OPEN when the year has no period of its own. */
export async function planYearStatus(manager: EntityManager, year: number): Promise<PeriodStatus> {
  const period = await manager.findOneBy(ReportingPeriodEntity, { kind: PeriodKind.YEAR, code: String(year) });
  return (period?.status as PeriodStatus | undefined) ?? PeriodStatus.OPEN;
}

/**
 * Refuses `action` on a plan unless the progress reports' workflow table allows it (same rules,
 * same messages) and, to edit or submit, the plan's office is the actor's to write.
 */
export async function assertPlanAllowed(
  manager: EntityManager,
  actor: Actor,
  plan: ImplementationPlanEntity,
  action: ReportAction,
  field = 'id',
): Promise<void> {
  if (action === ReportAction.EDIT || action === ReportAction.SUBMIT) {
    const programme = await manager.findOneByOrFail(CountryProgrammeEntity, { id: plan.programmeId });
    assertWritableOffice(actor, programme.officeId, field, 'the plans');
  }
  const check = checkTransition(plan.status, action, await planYearStatus(manager, plan.year), 'plan');
  if (!check.allowed) throw InputError.field(field, check.reason);
}
