import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager, type SelectQueryBuilder } from 'typeorm';
import { AuditLog } from '#src/platform/audit/audit-log.service.js';
import type { Actor } from '#src/platform/auth/actor.js';
import { CrudService } from '#src/common/crud/crud.service.js';
import { assignGiven } from '#src/common/crud/reference.util.js';
import { ConflictError } from '#src/common/errors/conflict.error.js';
import { findWritableReference } from '#src/common/scope/writable-reference.util.js';
import { assertWritableOffice, officeScoped } from '#src/common/scope/office-scope.js';
import { findQuarter } from '#src/km/quarter.util.js';
import { WorkAreaEntity } from '#src/km/work-area/work-area.entity.js';
import type { CreateWorkAreaStatusArgs } from '#src/km/work-area/work-area-status/dto/create-work-area-status.args.js';
import type { UpdateWorkAreaStatusArgs } from '#src/km/work-area/work-area-status/dto/update-work-area-status.args.js';
import { WorkAreaStatusEntity } from '#src/km/work-area/work-area-status/work-area-status.entity.js';

type StatusChanges = Omit<UpdateWorkAreaStatusArgs, 'id'>;

const WHAT = 'the KM work areas';
const WORK_AREA = { entity: WorkAreaEntity, label: 'WorkArea', what: WHAT };

@Injectable()
export class WorkAreaStatusService extends CrudService<WorkAreaStatusEntity, CreateWorkAreaStatusArgs, StatusChanges> {
  constructor(dataSource: DataSource, audit: AuditLog) {
    super(dataSource, audit, {
      entity: WorkAreaStatusEntity,
      label: 'WorkAreaStatus',
      searchFields: ['workArea.title', 'period.code', 'status', 'note'],
      defaultSort: { field: 'periodId', order: 'DESC' },
    });
  }

  protected override async applyReadScope(qb: SelectQueryBuilder<WorkAreaStatusEntity>, actor: Actor): Promise<void> {
    officeScoped(qb, actor, ['workArea']);
  }

  protected async buildNew(manager: EntityManager, input: CreateWorkAreaStatusArgs, actor: Actor) {
    const area = await findWritableReference(manager, actor, WORK_AREA, input.workAreaId, 'workAreaId');
    const period = await findQuarter(manager, input.periodId, 'periodId');
    if (await manager.existsBy(WorkAreaStatusEntity, { workAreaId: area.id, periodId: period.id })) {
      throw new ConflictError('periodId', `area ${area.number} already has a status for ${period.code}`);
    }
    return { workAreaId: area.id, periodId: period.id, status: input.status, note: input.note ?? null };
  }

  protected async applyChanges(
    manager: EntityManager,
    status: WorkAreaStatusEntity,
    changes: StatusChanges,
    actor: Actor,
  ) {
    await this.assertWritable(manager, status, actor);
    assignGiven(status, changes);
  }

  protected override async assertDeletable(manager: EntityManager, status: WorkAreaStatusEntity, actor: Actor) {
    await this.assertWritable(manager, status, actor);
  }

  private async assertWritable(manager: EntityManager, status: WorkAreaStatusEntity, actor: Actor) {
    const area = await manager.findOneByOrFail(WorkAreaEntity, { id: status.workAreaId });
    assertWritableOffice(actor, area.officeId, 'id', WHAT);
  }
}
