import { Injectable } from '@nestjs/common';
import { DataSource, In, type EntityManager, type SelectQueryBuilder } from 'typeorm';
import { AuditLog } from '#src/platform/audit/audit-log.service.js';
import type { Actor } from '#src/platform/auth/actor.js';
import { CrudService } from '#src/common/crud/crud.service.js';
import { parseId } from '#src/common/crud/id.util.js';
import { assignGiven, findReference } from '#src/common/crud/reference.util.js';
import { ConflictError } from '#src/common/errors/conflict.error.js';
import { InputError } from '#src/common/errors/input.error.js';
import { findInReach } from '#src/common/scope/reach.js';
import { PLAN, PROGRAMME_OUTCOME } from '#src/dwcp/dwcp-references.js';
import { assertWritableOffice, officeScoped } from '#src/common/scope/office-scope.js';
import { CountryProgrammeEntity } from '#src/dwcp/country-programme/country-programme.entity.js';
import { ImplementationPlanEntity } from '#src/dwcp/implementation-plan/implementation-plan.entity.js';
import { IndicatorComponentEntity } from '#src/results/indicator-component/indicator-component.entity.js';
import type { CreatePlanItemArgs } from '#src/dwcp/plan-item/dto/create-plan-item.args.js';
import type { UpdatePlanItemArgs } from '#src/dwcp/plan-item/dto/update-plan-item.args.js';
import { PlanItemEntity } from '#src/dwcp/plan-item/plan-item.entity.js';
import { ReportingPeriodEntity } from '#src/platform/reporting-period/reporting-period.entity.js';

type ItemChanges = Omit<UpdatePlanItemArgs, 'id'>;

@Injectable()
export class PlanItemService extends CrudService<PlanItemEntity, CreatePlanItemArgs, ItemChanges> {
  constructor(dataSource: DataSource, audit: AuditLog) {
    super(dataSource, audit, {
      entity: PlanItemEntity,
      label: 'PlanItem',
      searchFields: ['code', 'title', 'description', 'responsible', 'programmeOutcome.code'],
      defaultSort: { field: 'code', order: 'ASC' },
    });
  }

  protected override async applyReadScope(qb: SelectQueryBuilder<PlanItemEntity>, actor: Actor): Promise<void> {
    officeScoped(qb, actor, ['plan', 'programme']);
  }

  protected async buildNew(manager: EntityManager, input: CreatePlanItemArgs, actor: Actor) {
    const plan = await findInReach(manager, actor, PLAN, input.planId, 'planId');
    const programme = await this.writableProgramme(manager, plan, actor, 'planId');
    await this.assertCodeFree(manager, plan.id, input.code);
    return {
      planId: plan.id,
      programmeOutcomeId: await this.checkOutcome(manager, actor, input.programmeOutcomeId ?? null, programme),
      kind: input.kind,
      code: input.code.trim(),
      title: input.title.trim(),
      description: input.description ?? null,
      responsible: input.responsible ?? null,
      ...(await this.checkPeriods(manager, input.startPeriodId, input.endPeriodId, plan)),
      fundingSource: input.fundingSource,
      budgetUsd: input.budgetUsd ?? null,
      componentIds: await checkComponents(manager, input.componentIds ?? []),
      knowledgeSharing: input.knowledgeSharing ?? false,
    };
  }

  protected async applyChanges(manager: EntityManager, item: PlanItemEntity, changes: ItemChanges, actor: Actor) {
    const plan = await manager.findOneByOrFail(ImplementationPlanEntity, { id: item.planId });
    const programme = await this.writableProgramme(manager, plan, actor, 'id');
    if (changes.code !== undefined && changes.code !== item.code)
      await this.assertCodeFree(manager, plan.id, changes.code);
    const periods =
      changes.startPeriodId !== undefined || changes.endPeriodId !== undefined
        ? await this.checkPeriods(
            manager,
            changes.startPeriodId ?? item.startPeriodId,
            changes.endPeriodId ?? item.endPeriodId,
            plan,
          )
        : {};
    assignGiven(item, {
      ...changes,
      ...periods,
      code: changes.code?.trim(),
      title: changes.title?.trim(),
      programmeOutcomeId:
        changes.programmeOutcomeId === undefined
          ? undefined
          : await this.checkOutcome(manager, actor, changes.programmeOutcomeId, programme),
      componentIds: changes.componentIds && (await checkComponents(manager, changes.componentIds)),
    } as Partial<PlanItemEntity>);
  }

  protected override async assertDeletable(manager: EntityManager, item: PlanItemEntity, actor: Actor) {
    const plan = await manager.findOneByOrFail(ImplementationPlanEntity, { id: item.planId });
    await this.writableProgramme(manager, plan, actor, 'id');
  }

  private async writableProgramme(manager: EntityManager, plan: ImplementationPlanEntity, actor: Actor, field: string) {
    const programme = await manager.findOneByOrFail(CountryProgrammeEntity, { id: plan.programmeId });
    assertWritableOffice(actor, programme.officeId, field, 'the plans');
    return programme;
  }

  private async assertCodeFree(manager: EntityManager, planId: number, code: string) {
    if (await manager.existsBy(PlanItemEntity, { planId, code: code.trim() })) {
      throw new ConflictError('code', `the plan already has an item ${code}`);
    }
  }

  /**
   * The outcome must be one of the plan's own programme. One out of the actor's reach is answered
   * as one that does not exist, and the refusal names no other programme's outcome.
   */
  private async checkOutcome(
    manager: EntityManager,
    actor: Actor,
    outcomeId: string | number | null,
    programme: CountryProgrammeEntity,
  ) {
    if (outcomeId === null) return null;
    const outcome = await findInReach(manager, actor, PROGRAMME_OUTCOME, outcomeId, 'programmeOutcomeId');
    if (outcome.programmeId !== programme.id) {
      throw InputError.field('programmeOutcomeId', "must be an outcome of the plan's own programme");
    }
    return outcome.id;
  }

  /** Start before end, and the item overlaps the plan's year. */
  private async checkPeriods(
    manager: EntityManager,
    startId: string | number,
    endId: string | number,
    plan: ImplementationPlanEntity,
  ) {
    const start = await findReference(manager, ReportingPeriodEntity, startId, 'startPeriodId', 'ReportingPeriod');
    const end = await findReference(manager, ReportingPeriodEntity, endId, 'endPeriodId', 'ReportingPeriod');
    if (end.endDate < start.startDate)
      throw InputError.field('endPeriodId', `must not end before ${start.code} starts`);
    if (start.startDate > `${plan.year}-12-31` || end.endDate < `${plan.year}-01-01`) {
      throw InputError.field(
        'startPeriodId',
        `${start.code} to ${end.code} does not overlap the plan's year ${plan.year}`,
      );
    }
    return { startPeriodId: start.id, endPeriodId: end.id };
  }
}

async function checkComponents(manager: EntityManager, ids: string[]): Promise<number[]> {
  const componentIds = [...new Set(ids.map((id) => parseId(id, 'componentIds')))];
  const found = componentIds.length ? await manager.countBy(IndicatorComponentEntity, { id: In(componentIds) }) : 0;
  if (found !== componentIds.length)
    throw InputError.field('componentIds', 'lists an indicator component that does not exist');
  return componentIds;
}
