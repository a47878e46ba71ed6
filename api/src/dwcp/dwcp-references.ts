import type { EntityManager } from 'typeorm';
import type { ReachableReference } from '#src/common/scope/reach.js';
import { CountryProgrammeEntity } from '#src/dwcp/country-programme/country-programme.entity.js';
import { ImplementationPlanEntity } from '#src/dwcp/implementation-plan/implementation-plan.entity.js';
import { PlanItemEntity } from '#src/dwcp/plan-item/plan-item.entity.js';
import { ProgrammeOutcomeEntity } from '#src/dwcp/programme-outcome/programme-outcome.entity.js';
import { ProgressReportEntity } from '#src/dwcp/progress-report/progress-report.entity.js';

const officeOfProgramme = async (manager: EntityManager, programmeId: number): Promise<number | null> =>
  (await manager.findOneBy(CountryProgrammeEntity, { id: programmeId }))?.officeId ?? null;

/**
 * The DWCP records other records refer to by id, each with the office that holds it: one out of
 * the caller's reach is answered as one that does not exist (findInReach).
 */
export const PROGRAMME: ReachableReference<CountryProgrammeEntity> = {
  entity: CountryProgrammeEntity,
  label: 'CountryProgramme',
  officeOf: (programme) => programme.officeId,
};

export const PLAN: ReachableReference<ImplementationPlanEntity> = {
  entity: ImplementationPlanEntity,
  label: 'ImplementationPlan',
  officeOf: (plan, manager) => officeOfProgramme(manager, plan.programmeId),
};

export const PROGRAMME_OUTCOME: ReachableReference<ProgrammeOutcomeEntity> = {
  entity: ProgrammeOutcomeEntity,
  label: 'ProgrammeOutcome',
  officeOf: (outcome, manager) => officeOfProgramme(manager, outcome.programmeId),
};

export const PLAN_ITEM: ReachableReference<PlanItemEntity> = {
  entity: PlanItemEntity,
  label: 'PlanItem',
  officeOf: async (item, manager) => {
    const plan = await manager.findOneBy(ImplementationPlanEntity, { id: item.planId });
    return plan ? officeOfProgramme(manager, plan.programmeId) : null;
  },
};

export const PROGRESS_REPORT: ReachableReference<ProgressReportEntity> = {
  entity: ProgressReportEntity,
  label: 'ProgressReport',
  officeOf: (report) => report.officeId,
};
