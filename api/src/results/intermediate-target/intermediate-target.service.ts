import { Injectable } from '@nestjs/common';
import { DataSource, IsNull, type EntityManager, type SelectQueryBuilder } from 'typeorm';
import { OfficeEntity } from '#src/platform/office/office.entity.js';
import { AuditLog } from '#src/platform/audit/audit-log.service.js';
import type { Actor } from '#src/platform/auth/actor.js';
import { CrudService } from '#src/common/crud/crud.service.js';
import { publishedOnlyForViewers } from '#src/results/results-framework/published-scope.js';
import { assignGiven, findReference } from '#src/common/crud/reference.util.js';
import { ConflictError } from '#src/common/errors/conflict.error.js';
import { InputError } from '#src/common/errors/input.error.js';
import { valueProblem } from '#src/results/indicator-component/component-rules.js';
import { componentLineage, type ComponentLineage } from '#src/results/indicator/indicator-lineage.util.js';
import type { CreateIntermediateTargetArgs } from '#src/results/intermediate-target/dto/create-intermediate-target.args.js';
import type { UpdateIntermediateTargetArgs } from '#src/results/intermediate-target/dto/update-intermediate-target.args.js';
import { IntermediateTargetEntity } from '#src/results/intermediate-target/intermediate-target.entity.js';
import { ReportingPeriodEntity } from '#src/platform/reporting-period/reporting-period.entity.js';

type TargetChanges = Omit<UpdateIntermediateTargetArgs, 'id'>;

@Injectable()
export class IntermediateTargetService extends CrudService<
  IntermediateTargetEntity,
  CreateIntermediateTargetArgs,
  TargetChanges
> {
  constructor(dataSource: DataSource, audit: AuditLog) {
    super(dataSource, audit, {
      entity: IntermediateTargetEntity,
      label: 'IntermediateTarget',
      searchFields: ['component.indicator.code', 'period.code', 'narrative'],
      defaultSort: { field: 'componentId', order: 'ASC' },
    });
  }

  protected override async applyReadScope(
    qb: SelectQueryBuilder<IntermediateTargetEntity>,
    actor: Actor,
  ): Promise<void> {
    publishedOnlyForViewers(qb, actor, ['component', 'indicator', 'outcome', 'framework']);
  }

  protected async buildNew(
    manager: EntityManager,
    input: CreateIntermediateTargetArgs,
    _actor: Actor,
  ): Promise<Partial<IntermediateTargetEntity>> {
    const lineage = await componentLineage(manager, input.componentId, 'componentId');
    const officeId = input.officeId
      ? (await findReference(manager, OfficeEntity, input.officeId, 'officeId', 'Office')).id
      : null;
    const periodId = await this.checkPeriod(manager, lineage, input.periodId, officeId);
    const target = {
      componentId: lineage.component.id,
      officeId,
      periodId,
      value: input.value ?? null,
      narrative: input.narrative ?? null,
    };
    this.checkValue(lineage, target);
    return target;
  }

  protected async applyChanges(
    manager: EntityManager,
    target: IntermediateTargetEntity,
    changes: TargetChanges,
    _actor: Actor,
  ) {
    const lineage = await componentLineage(manager, target.componentId, 'id');
    if (changes.officeId !== undefined) {
      target.officeId = changes.officeId
        ? (await findReference(manager, OfficeEntity, changes.officeId, 'officeId', 'Office')).id
        : null;
    }
    if (changes.periodId !== undefined || changes.officeId !== undefined)
      target.periodId = await this.checkPeriod(
        manager,
        lineage,
        changes.periodId ?? String(target.periodId),
        target.officeId,
        target.id,
      );
    assignGiven(target, { value: changes.value, narrative: changes.narrative });
    this.checkValue(lineage, target);
  }

  /** Within the framework, before the end of the target, one per component, period and office. */
  private async checkPeriod(
    manager: EntityManager,
    lineage: ComponentLineage,
    periodId: string,
    officeId: number | null,
    selfId?: number,
  ) {
    const period = await findReference(manager, ReportingPeriodEntity, periodId, 'periodId', 'ReportingPeriod');
    const targetEnd = lineage.component.targetPeriodId
      ? (await manager.findOneByOrFail(ReportingPeriodEntity, { id: lineage.component.targetPeriodId })).endDate
      : lineage.framework.endDate;
    if (period.startDate < lineage.framework.startDate || period.endDate > targetEnd) {
      throw InputError.field(
        'periodId',
        `period ${period.code} is not between the framework's start and the target (${targetEnd})`,
      );
    }
    const clash = await manager.findOneBy(IntermediateTargetEntity, {
      componentId: lineage.component.id,
      periodId: period.id,
      officeId: officeId ?? IsNull(),
    });
    if (clash && clash.id !== selfId)
      throw new ConflictError('periodId', `the component already has a target for ${period.code}`);
    return period.id;
  }

  private checkValue(lineage: ComponentLineage, target: Pick<IntermediateTargetEntity, 'value' | 'narrative'>): void {
    const problem = valueProblem(lineage.rule, target.value);
    if (problem) throw InputError.field('value', problem);
    if (target.value === null && !target.narrative?.trim())
      throw InputError.field('value', 'give a value or a narrative');
  }
}
