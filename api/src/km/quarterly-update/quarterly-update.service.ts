import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager, type SelectQueryBuilder } from 'typeorm';
import { AuditLog } from '#src/platform/audit/audit-log.service.js';
import type { Actor } from '#src/platform/auth/actor.js';
import { CrudService } from '#src/common/crud/crud.service.js';
import { assignGiven, findReference } from '#src/common/crud/reference.util.js';
import { ConflictError } from '#src/common/errors/conflict.error.js';
import { assertWritableOffice, officeScoped } from '#src/common/scope/office-scope.js';
import { CriticalIssueEntity } from '#src/km/quarterly-update/critical-issue/critical-issue.entity.js';
import { KeyContactEntity } from '#src/km/quarterly-update/key-contact/key-contact.entity.js';
import { OfficeEntity } from '#src/platform/office/office.entity.js';
import type { CreateQuarterlyUpdateArgs } from '#src/km/quarterly-update/dto/create-quarterly-update.args.js';
import type { UpdateQuarterlyUpdateArgs } from '#src/km/quarterly-update/dto/update-quarterly-update.args.js';
import { findQuarter } from '#src/km/quarter.util.js';
import { QuarterlyUpdateEntity } from '#src/km/quarterly-update/quarterly-update.entity.js';

type UpdateChanges = Omit<UpdateQuarterlyUpdateArgs, 'id'>;

const WHAT = 'the KM updates';

@Injectable()
export class QuarterlyUpdateService extends CrudService<
  QuarterlyUpdateEntity,
  CreateQuarterlyUpdateArgs,
  UpdateChanges
> {
  constructor(dataSource: DataSource, audit: AuditLog) {
    super(dataSource, audit, {
      entity: QuarterlyUpdateEntity,
      label: 'QuarterlyUpdate',
      searchFields: ['office.code', 'office.name', 'period.code', 'authors', 'areaOfWork', 'executiveSummary'],
      defaultSort: { field: 'periodId', order: 'DESC' },
    });
  }

  protected override async applyReadScope(qb: SelectQueryBuilder<QuarterlyUpdateEntity>, actor: Actor): Promise<void> {
    officeScoped(qb, actor);
  }

  protected async buildNew(manager: EntityManager, input: CreateQuarterlyUpdateArgs, actor: Actor) {
    const office = await findReference(manager, OfficeEntity, input.officeId, 'officeId', 'Office');
    assertWritableOffice(actor, office.id, 'officeId', WHAT);
    const period = await findQuarter(manager, input.periodId, 'periodId');
    if (await manager.existsBy(QuarterlyUpdateEntity, { officeId: office.id, periodId: period.id })) {
      throw new ConflictError('periodId', `${office.code} already has an update for ${period.code}`);
    }
    return {
      officeId: office.id,
      periodId: period.id,
      authors: input.authors.trim(),
      areaOfWork: input.areaOfWork.trim(),
      executiveSummary: input.executiveSummary,
      milestonesIntro: input.milestonesIntro ?? null,
      workInProgressIntro: input.workInProgressIntro ?? null,
      workInProgressConclusion: input.workInProgressConclusion ?? null,
      issuesIntro: input.issuesIntro ?? null,
      contactsIntro: input.contactsIntro ?? null,
    };
  }

  protected async applyChanges(
    _manager: EntityManager,
    update: QuarterlyUpdateEntity,
    changes: UpdateChanges,
    actor: Actor,
  ) {
    assertWritableOffice(actor, update.officeId, 'id', WHAT);
    assignGiven(update, { ...changes, authors: changes.authors?.trim(), areaOfWork: changes.areaOfWork?.trim() });
  }

  /** Its issues and contacts are deleted first, each with its own audit entry. */
  protected override async assertDeletable(manager: EntityManager, update: QuarterlyUpdateEntity, actor: Actor) {
    assertWritableOffice(actor, update.officeId, 'id', WHAT);
    const issues = await manager.countBy(CriticalIssueEntity, { updateId: update.id });
    const contacts = await manager.countBy(KeyContactEntity, { updateId: update.id });
    if (issues + contacts > 0) {
      throw new ConflictError('id', `the update still has ${issues} critical issues and ${contacts} key contacts`);
    }
  }
}
