import { FRAMEWORK_ACCESS } from '#src/results/framework-access.js';
import { Injectable } from '@nestjs/common';
import { DataSource, IsNull, type EntityManager } from 'typeorm';
import { AuditLog } from '#src/platform/audit/audit-log.service.js';
import { AuditPath } from '#src/platform/audit/audit-path.enum.js';
import type { Actor } from '#src/platform/auth/actor.js';
import { Role } from '#src/platform/auth/role.enum.js';
import { findReference } from '#src/common/crud/reference.util.js';
import { ConflictError } from '#src/common/errors/conflict.error.js';
import { InputError } from '#src/common/errors/input.error.js';
import { translateDatabaseError } from '#src/common/errors/database-error.util.js';
import { OfficeEntity } from '#src/platform/office/office.entity.js';
import { ReportingPeriodEntity } from '#src/platform/reporting-period/reporting-period.entity.js';
import { checkBaselineAndTarget } from '#src/results/indicator-component/component-rules.js';
import { IndicatorComponentEntity } from '#src/results/indicator-component/indicator-component.entity.js';
import { componentLineage } from '#src/results/indicator/indicator-lineage.util.js';
import type { ReviseComponentTargetArgs } from '#src/results/target-revision/dto/revise-component-target.args.js';
import { checkOfficeTargetsAddUp } from '#src/results/target-revision/office-targets-add-up.js';
import { TargetRevisionEntity } from '#src/results/target-revision/target-revision.entity.js';

type Values = Pick<TargetRevisionEntity, 'baselineValue' | 'baselineNarrative' | 'targetValue' | 'targetNarrative'>;
const VALUE_FIELDS = ['baselineValue', 'baselineNarrative', 'targetValue', 'targetNarrative'] as const;

/** A component's target history: revisions in force from a period on, for the region or an office. */
@Injectable()
export class TargetRevisionService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditLog,
  ) {
    // A revision's history is read by whoever may read its component.
    audit.registerReader('TargetRevision', FRAMEWORK_ACCESS.read, async (actor, id) => {
      const revision = await this.dataSource.manager.findOneBy(TargetRevisionEntity, { id: Number(id) });
      if (!revision) return false;
      const lineage = await componentLineage(this.dataSource.manager, revision.componentId, 'id');
      return actor.role !== Role.VIEWER || lineage.framework.publishedAt !== null;
    });
  }

  /** The component's revisions, oldest first (region first on the same date); fails naming componentId. */
  async list(actor: Actor, componentId: string): Promise<TargetRevisionEntity[]> {
    const lineage = await componentLineage(this.dataSource.manager, componentId, 'componentId');
    if (actor.role === Role.VIEWER && lineage.framework.publishedAt === null) {
      throw InputError.field('componentId', `no IndicatorComponent with id ${componentId}`);
    }
    return this.dataSource.manager
      .createQueryBuilder(TargetRevisionEntity, 'r')
      .where('r.componentId = :id', { id: lineage.component.id })
      .orderBy('r.appliesFrom', 'ASC')
      .addOrderBy('r.officeId', 'ASC', 'NULLS FIRST')
      .addOrderBy('r.id', 'ASC')
      .getMany();
  }

  /**
   * A new revision from the start of a period, with its reason (kept in the audit entry too). What
   * is left out is carried from the revision in force then (the office's own, else the region's).
   */
  async revise(actor: Actor, args: ReviseComponentTargetArgs): Promise<TargetRevisionEntity> {
    try {
      return await this.dataSource.transaction(async (manager) => {
        await this.audit.actAs(manager, actor, { via: AuditPath.FORM, reason: args.reason.trim() });
        return await this.insert(manager, actor, args);
      });
    } catch (error) {
      throw translateDatabaseError(error);
    }
  }

  private async insert(manager: EntityManager, actor: Actor, args: ReviseComponentTargetArgs) {
    const lineage = await componentLineage(manager, args.componentId, 'componentId');
    // Serialises revisions of one component, so the add-up check sees every other one.
    await manager.query('SELECT 1 FROM indicator_component WHERE id = $1 FOR UPDATE', [lineage.component.id]);
    const office = args.officeId
      ? await findReference(manager, OfficeEntity, args.officeId, 'officeId', 'Office')
      : null;
    const period = await findReference(
      manager,
      ReportingPeriodEntity,
      args.appliesFromPeriodId,
      'appliesFromPeriodId',
      'ReportingPeriod',
    );
    const { framework } = lineage;
    if (period.startDate < framework.startDate || period.endDate > framework.endDate) {
      throw InputError.field(
        'appliesFromPeriodId',
        `period ${period.code} lies outside the framework (${framework.startDate} to ${framework.endDate})`,
      );
    }
    const officeId = office?.id ?? null;
    const clash = await manager
      .createQueryBuilder(TargetRevisionEntity, 'r')
      .where('r.componentId = :component AND r.appliesFrom = :from', {
        component: lineage.component.id,
        from: period.startDate,
      })
      .andWhere(officeId === null ? 'r.officeId IS NULL' : 'r.officeId = :office', { office: officeId })
      .getOne();
    if (clash) {
      throw new ConflictError(
        'appliesFromPeriodId',
        `a revision already applies from ${period.code}; revise from another period`,
      );
    }
    const carried = await this.inForce(manager, lineage.component.id, officeId, period.startDate);
    const values: Values = {
      baselineValue: null,
      baselineNarrative: null,
      targetValue: null,
      targetNarrative: null,
    };
    for (const field of VALUE_FIELDS) {
      const given = args[field];
      (values as Record<string, unknown>)[field] = given === undefined ? (carried?.[field] ?? null) : given;
    }
    checkBaselineAndTarget(lineage.rule, values);
    const revision = await manager.save(TargetRevisionEntity, {
      ...values,
      componentId: lineage.component.id,
      officeId,
      appliesFrom: period.startDate,
      appliesFromPeriodId: period.id,
      reason: args.reason.trim(),
      createdById: actor.userId,
    });
    if (officeId === null) await this.followLatest(manager, lineage.component.id);
    if (lineage.component.officeTargetsAddUp) {
      await checkOfficeTargetsAddUp(manager, lineage.component.id, 'targetValue');
    }
    return revision;
  }

  /** The revision in force on `date` for the office (its own, else the region's). */
  private async inForce(manager: EntityManager, componentId: number, officeId: number | null, date: string) {
    const inForce = (office: number | null) =>
      manager
        .createQueryBuilder(TargetRevisionEntity, 'r')
        .where('r.componentId = :componentId AND r.appliesFrom <= :date', { componentId, date })
        .andWhere(office === null ? 'r.officeId IS NULL' : 'r.officeId = :office', { office })
        .orderBy('r.appliesFrom', 'DESC')
        .addOrderBy('r.id', 'DESC')
        .getOne();
    return (officeId === null ? null : await inForce(officeId)) ?? (await inForce(null));
  }

  /** The component's own baseline and target are the region's latest revision's. */
  private async followLatest(manager: EntityManager, componentId: number): Promise<void> {
    const latest = await manager.findOne(TargetRevisionEntity, {
      where: { componentId, officeId: IsNull() },
      order: { appliesFrom: 'DESC', id: 'DESC' },
    });
    if (!latest) return;
    await manager.update(
      IndicatorComponentEntity,
      { id: componentId },
      {
        baselineValue: latest.baselineValue,
        baselineNarrative: latest.baselineNarrative,
        targetValue: latest.targetValue,
        targetNarrative: latest.targetNarrative,
      },
    );
  }
}
