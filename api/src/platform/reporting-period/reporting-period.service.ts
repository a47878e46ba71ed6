import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { AuditLog } from '#src/platform/audit/audit-log.service.js';
import { AuditPath } from '#src/platform/audit/audit-path.enum.js';
import type { Actor } from '#src/platform/auth/actor.js';
import { NotificationKind } from '#src/platform/notification/notification.entity.js';
import { NotificationService } from '#src/platform/notification/notification.service.js';
import { CrudService } from '#src/common/crud/crud.service.js';
import { ConflictError } from '#src/common/errors/conflict.error.js';
import { InputError } from '#src/common/errors/input.error.js';
import { IndicatorComponentEntity } from '#src/results/indicator-component/indicator-component.entity.js';
import { IndicatorResultEntity } from '#src/results/indicator-result/indicator-result.entity.js';
import { IntermediateTargetEntity } from '#src/results/intermediate-target/intermediate-target.entity.js';
import type { CreateReportingPeriodArgs } from '#src/platform/reporting-period/dto/create-reporting-period.args.js';
import type { UpdateReportingPeriodArgs } from '#src/platform/reporting-period/dto/update-reporting-period.args.js';
import { PERIOD_CODE_HINT, parsePeriodCode } from '#src/platform/reporting-period/period-code.util.js';
import { ReportingPeriodEntity } from '#src/platform/reporting-period/reporting-period.entity.js';
import { PeriodStatus } from '#src/platform/reporting-period/reporting-period.enums.js';
import { defaultDueDate } from '#src/platform/reporting-period/due-date.util.js';

const STATUS_ACTION: Record<PeriodStatus, string> = {
  [PeriodStatus.OPEN]: 'OPEN',
  [PeriodStatus.CLOSED]: 'CLOSE',
  [PeriodStatus.LOCKED]: 'LOCK',
};

@Injectable()
export class ReportingPeriodService extends CrudService<
  ReportingPeriodEntity,
  CreateReportingPeriodArgs,
  Omit<UpdateReportingPeriodArgs, 'id'>
> {
  constructor(
    dataSource: DataSource,
    audit: AuditLog,
    private readonly notifications: NotificationService,
  ) {
    super(dataSource, audit, {
      entity: ReportingPeriodEntity,
      label: 'ReportingPeriod',
      searchFields: ['code'],
      defaultSort: { field: 'startDate', order: 'ASC' },
    });
  }

  protected async buildNew(
    manager: EntityManager,
    input: CreateReportingPeriodArgs,
    _actor: Actor,
  ): Promise<Partial<ReportingPeriodEntity>> {
    const parsed = parsePeriodCode(input.code);
    if (!parsed) throw InputError.field('code', `"${input.code.slice(0, 20)}" ${PERIOD_CODE_HINT}`);
    if (await manager.existsBy(ReportingPeriodEntity, { code: input.code })) {
      throw new ConflictError('code', `period ${input.code} already exists`);
    }
    const dueDate = input.dueDate ?? defaultDueDate(parsed.kind, parsed.endDate);
    this.checkDueDate(dueDate, parsed.endDate);
    return { code: input.code, ...parsed, dueDate, status: PeriodStatus.OPEN };
  }

  protected async applyChanges(
    _manager: EntityManager,
    period: ReportingPeriodEntity,
    changes: Omit<UpdateReportingPeriodArgs, 'id'>,
  ): Promise<void> {
    if (changes.dueDate !== undefined) {
      this.checkDueDate(changes.dueDate, period.endDate);
      period.dueDate = changes.dueDate;
    }
  }

  protected override async assertDeletable(
    manager: EntityManager,
    period: ReportingPeriodEntity,
    _actor: Actor,
  ): Promise<void> {
    const uses = [
      ['results', await manager.countBy(IndicatorResultEntity, { periodId: period.id })],
      ['targets', await manager.countBy(IndicatorComponentEntity, { targetPeriodId: period.id })],
      ['intermediate targets', await manager.countBy(IntermediateTargetEntity, { periodId: period.id })],
    ] as const;
    const inUse = uses.filter(([, count]) => count > 0).map(([what, count]) => `${count} ${what}`);
    if (inUse.length > 0) throw new ConflictError('id', `period ${period.code} is used by ${inUse.join(', ')}`);
  }

  /**
   * Opening, closing and locking are explicit steps, never a writable field. Leaving LOCKED is an
   * unlock: it needs a reason, which the audit entry keeps and the offices concerned are told in
   * the same transaction (their email follows the commit). Any other step takes no reason.
   */
  async changeStatus(
    actor: Actor,
    id: string,
    status: PeriodStatus,
    reason?: string | null,
  ): Promise<ReportingPeriodEntity> {
    const { saved, notified } = await this.write(actor, async (manager) => {
      const period = await this.lockExisting(manager, actor, id, 'id');
      if (period.status === status) throw InputError.field('id', `period ${period.code} is already ${status}`);
      const unlocking = period.status === PeriodStatus.LOCKED;
      const why = reason?.trim() ?? '';
      if (unlocking && !why)
        throw InputError.field('reason', `period ${period.code} is LOCKED: say why it is unlocked`);
      if (!unlocking && reason !== undefined && reason !== null) {
        throw InputError.field(
          'reason',
          `only unlocking a LOCKED period takes a reason (${period.code} is ${period.status})`,
        );
      }
      // The step is audited by the database as LOCK, CLOSE, OPEN, or UNLOCK with its reason.
      await this.audit.actAs(manager, actor, {
        via: AuditPath.ADMINISTRATION,
        action: unlocking ? 'UNLOCK' : STATUS_ACTION[status],
        reason: unlocking ? why : undefined,
      });
      period.status = status;
      const saved = await manager.save(ReportingPeriodEntity, period);
      if (!unlocking) return { saved, notified: [] as number[] };
      const recipients = await this.notifications.concernedByPeriod(manager, saved.id, actor.userId);
      const notified = await this.notifications.notify(manager, recipients, {
        kind: NotificationKind.PERIOD_UNLOCKED,
        message: `${actor.email} unlocked reporting period ${saved.code} (now ${status}): ${why}`,
        periodId: saved.id,
      });
      return { saved, notified };
    });
    await this.notifications.deliver(notified);
    return saved;
  }

  private checkDueDate(dueDate: string, endDate: string): void {
    if (dueDate < endDate) throw InputError.field('dueDate', `must not be before the end of the period (${endDate})`);
  }
}
