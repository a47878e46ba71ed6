import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager, type SelectQueryBuilder } from 'typeorm';
import { AuditLog } from '#src/platform/audit/audit-log.service.js';
import type { Actor } from '#src/platform/auth/actor.js';
import { CrudService } from '#src/common/crud/crud.service.js';
import { assignGiven, findReference } from '#src/common/crud/reference.util.js';
import { ConflictError } from '#src/common/errors/conflict.error.js';
import { assertWritableOffice, officeScoped } from '#src/common/scope/office-scope.js';
import { OfficeEntity } from '#src/platform/office/office.entity.js';
import type { CreateWorkAreaArgs } from '#src/km/work-area/dto/create-work-area.args.js';
import type { UpdateWorkAreaArgs } from '#src/km/work-area/dto/update-work-area.args.js';
import { WorkAreaEntity } from '#src/km/work-area/work-area.entity.js';
import { WorkAreaStatusEntity } from '#src/km/work-area/work-area-status/work-area-status.entity.js';

type AreaChanges = Omit<UpdateWorkAreaArgs, 'id'>;

const WHAT = 'the KM work areas';

@Injectable()
export class WorkAreaService extends CrudService<WorkAreaEntity, CreateWorkAreaArgs, AreaChanges> {
  constructor(dataSource: DataSource, audit: AuditLog) {
    super(dataSource, audit, {
      entity: WorkAreaEntity,
      label: 'WorkArea',
      searchFields: ['title', 'description', 'office.code', 'office.name'],
      defaultSort: { field: 'number', order: 'ASC' },
    });
  }

  protected override async applyReadScope(qb: SelectQueryBuilder<WorkAreaEntity>, actor: Actor): Promise<void> {
    officeScoped(qb, actor);
  }

  protected async buildNew(manager: EntityManager, input: CreateWorkAreaArgs, actor: Actor) {
    const office = await findReference(manager, OfficeEntity, input.officeId, 'officeId', 'Office');
    assertWritableOffice(actor, office.id, 'officeId', WHAT);
    await assertNumberFree(manager, office.id, input.number);
    return {
      officeId: office.id,
      number: input.number,
      title: input.title.trim(),
      description: input.description ?? null,
    };
  }

  protected async applyChanges(manager: EntityManager, area: WorkAreaEntity, changes: AreaChanges, actor: Actor) {
    assertWritableOffice(actor, area.officeId, 'id', WHAT);
    if (changes.number !== undefined && changes.number !== area.number)
      await assertNumberFree(manager, area.officeId, changes.number);
    assignGiven(area, { ...changes, title: changes.title?.trim() });
  }

  protected override async assertDeletable(manager: EntityManager, area: WorkAreaEntity, actor: Actor) {
    assertWritableOffice(actor, area.officeId, 'id', WHAT);
    const statuses = await manager.countBy(WorkAreaStatusEntity, { workAreaId: area.id });
    if (statuses > 0) throw new ConflictError('id', `the area still has ${statuses} quarterly statuses`);
  }
}

async function assertNumberFree(manager: EntityManager, officeId: number, number: number) {
  if (await manager.existsBy(WorkAreaEntity, { officeId, number })) {
    throw new ConflictError('number', `the office already has a work area ${number}`);
  }
}
