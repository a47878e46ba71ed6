import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager, type SelectQueryBuilder } from 'typeorm';
import { AuditLog } from '#src/platform/audit/audit-log.service.js';
import type { Actor } from '#src/platform/auth/actor.js';
import { CrudService } from '#src/common/crud/crud.service.js';
import { assertPositionFree, nextPosition } from '#src/common/crud/next-position.util.js';
import { assignGiven } from '#src/common/crud/reference.util.js';
import { officeScoped } from '#src/common/scope/office-scope.js';
import { CriticalIssueEntity } from '#src/km/quarterly-update/critical-issue/critical-issue.entity.js';
import type { CreateCriticalIssueArgs } from '#src/km/quarterly-update/critical-issue/dto/create-critical-issue.args.js';
import type { UpdateCriticalIssueArgs } from '#src/km/quarterly-update/critical-issue/dto/update-critical-issue.args.js';
import { findWritableUpdate } from '#src/km/quarterly-update/writable-update.util.js';

type IssueChanges = Omit<UpdateCriticalIssueArgs, 'id'>;

@Injectable()
export class CriticalIssueService extends CrudService<CriticalIssueEntity, CreateCriticalIssueArgs, IssueChanges> {
  constructor(dataSource: DataSource, audit: AuditLog) {
    super(dataSource, audit, {
      entity: CriticalIssueEntity,
      label: 'CriticalIssue',
      searchFields: ['title', 'description', 'update.office.code', 'update.period.code'],
      defaultSort: { field: 'position', order: 'ASC' },
    });
  }

  protected override async applyReadScope(qb: SelectQueryBuilder<CriticalIssueEntity>, actor: Actor): Promise<void> {
    officeScoped(qb, actor, ['update']);
  }

  protected async buildNew(manager: EntityManager, input: CreateCriticalIssueArgs, actor: Actor) {
    const update = await findWritableUpdate(manager, actor, input.updateId, 'updateId');
    const position = input.position ?? (await nextPosition(manager, CriticalIssueEntity, 'updateId', update.id));
    await assertPositionFree(
      manager,
      CriticalIssueEntity,
      'updateId',
      update.id,
      position,
      `the update already has an issue at position ${position}`,
    );
    return { updateId: update.id, position, title: input.title.trim(), description: input.description };
  }

  protected async applyChanges(
    manager: EntityManager,
    issue: CriticalIssueEntity,
    changes: IssueChanges,
    actor: Actor,
  ) {
    await findWritableUpdate(manager, actor, issue.updateId, 'id');
    if (changes.position !== undefined && changes.position !== issue.position)
      await assertPositionFree(
        manager,
        CriticalIssueEntity,
        'updateId',
        issue.updateId,
        changes.position,
        `the update already has an issue at position ${changes.position}`,
      );
    assignGiven(issue, { ...changes, title: changes.title?.trim() });
  }

  protected override async assertDeletable(manager: EntityManager, issue: CriticalIssueEntity, actor: Actor) {
    await findWritableUpdate(manager, actor, issue.updateId, 'id');
  }
}
