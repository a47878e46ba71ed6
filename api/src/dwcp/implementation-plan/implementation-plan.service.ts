import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager, type SelectQueryBuilder } from 'typeorm';
import { AuditLog } from '#src/platform/audit/audit-log.service.js';
import type { Actor } from '#src/platform/auth/actor.js';
import { CrudService } from '#src/common/crud/crud.service.js';
import { assignGiven } from '#src/common/crud/reference.util.js';
import { ConflictError } from '#src/common/errors/conflict.error.js';
import { InputError } from '#src/common/errors/input.error.js';
import { findInReach } from '#src/common/scope/reach.js';
import { PROGRAMME } from '#src/dwcp/dwcp-references.js';
import { assertWritableOffice, officeScoped } from '#src/common/scope/office-scope.js';
import { CountryProgrammeEntity } from '#src/dwcp/country-programme/country-programme.entity.js';
import type { CreateImplementationPlanArgs } from '#src/dwcp/implementation-plan/dto/create-implementation-plan.args.js';
import type { UpdateImplementationPlanArgs } from '#src/dwcp/implementation-plan/dto/update-implementation-plan.args.js';
import { ImplementationPlanEntity } from '#src/dwcp/implementation-plan/implementation-plan.entity.js';
import { PlanItemEntity } from '#src/dwcp/plan-item/plan-item.entity.js';

type PlanChanges = Omit<UpdateImplementationPlanArgs, 'id'>;

@Injectable()
export class ImplementationPlanService extends CrudService<
  ImplementationPlanEntity,
  CreateImplementationPlanArgs,
  PlanChanges
> {
  constructor(dataSource: DataSource, audit: AuditLog) {
    super(dataSource, audit, {
      entity: ImplementationPlanEntity,
      label: 'ImplementationPlan',
      searchFields: ['year', 'programme.title', 'programme.countryCode', 'programme.office.code', 'notes'],
      defaultSort: { field: 'year', order: 'DESC' },
    });
  }

  protected override async applyReadScope(
    qb: SelectQueryBuilder<ImplementationPlanEntity>,
    actor: Actor,
  ): Promise<void> {
    officeScoped(qb, actor, ['programme']);
  }

  protected async buildNew(manager: EntityManager, input: CreateImplementationPlanArgs, actor: Actor) {
    const programme = await findInReach(manager, actor, PROGRAMME, input.programmeId, 'programmeId');
    assertWritableOffice(actor, programme.officeId, 'programmeId', 'the plans');
    if (input.year < programme.startYear || input.year > programme.endYear) {
      throw InputError.field('year', `must lie within the programme (${programme.startYear}-${programme.endYear})`);
    }
    if (await manager.existsBy(ImplementationPlanEntity, { programmeId: programme.id, year: input.year })) {
      throw new ConflictError('year', `the programme already has a plan for ${input.year}`);
    }
    return { programmeId: programme.id, year: input.year, notes: input.notes ?? null };
  }

  protected async applyChanges(
    manager: EntityManager,
    plan: ImplementationPlanEntity,
    changes: PlanChanges,
    actor: Actor,
  ) {
    await this.assertWritable(manager, plan, actor);
    assignGiven(plan, changes);
  }

  protected override async assertDeletable(manager: EntityManager, plan: ImplementationPlanEntity, actor: Actor) {
    await this.assertWritable(manager, plan, actor);
    const items = await manager.countBy(PlanItemEntity, { planId: plan.id });
    if (items > 0) throw new ConflictError('id', `the plan still has ${items} items`);
  }

  private async assertWritable(manager: EntityManager, plan: ImplementationPlanEntity, actor: Actor) {
    const programme = await manager.findOneByOrFail(CountryProgrammeEntity, { id: plan.programmeId });
    assertWritableOffice(actor, programme.officeId, 'id', 'the plans');
  }
}
