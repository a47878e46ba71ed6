import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager, type SelectQueryBuilder } from 'typeorm';
import { AuditLog } from '#src/platform/audit/audit-log.service.js';
import type { Actor } from '#src/platform/auth/actor.js';
import { CrudService } from '#src/common/crud/crud.service.js';
import { assertPositionFree, nextPosition } from '#src/common/crud/next-position.util.js';
import { assignGiven } from '#src/common/crud/reference.util.js';
import { officeScoped } from '#src/common/scope/office-scope.js';
import type { CreateKeyContactArgs } from '#src/km/quarterly-update/key-contact/dto/create-key-contact.args.js';
import type { UpdateKeyContactArgs } from '#src/km/quarterly-update/key-contact/dto/update-key-contact.args.js';
import { KeyContactEntity } from '#src/km/quarterly-update/key-contact/key-contact.entity.js';
import { findWritableUpdate } from '#src/km/quarterly-update/writable-update.util.js';

type ContactChanges = Omit<UpdateKeyContactArgs, 'id'>;

@Injectable()
export class KeyContactService extends CrudService<KeyContactEntity, CreateKeyContactArgs, ContactChanges> {
  constructor(dataSource: DataSource, audit: AuditLog) {
    super(dataSource, audit, {
      entity: KeyContactEntity,
      label: 'KeyContact',
      searchFields: ['name', 'title', 'email', 'update.office.code', 'update.period.code'],
      defaultSort: { field: 'position', order: 'ASC' },
    });
  }

  protected override async applyReadScope(qb: SelectQueryBuilder<KeyContactEntity>, actor: Actor): Promise<void> {
    officeScoped(qb, actor, ['update']);
  }

  protected async buildNew(manager: EntityManager, input: CreateKeyContactArgs, actor: Actor) {
    const update = await findWritableUpdate(manager, actor, input.updateId, 'updateId');
    const position = input.position ?? (await nextPosition(manager, KeyContactEntity, 'updateId', update.id));
    await assertPositionFree(
      manager,
      KeyContactEntity,
      'updateId',
      update.id,
      position,
      `the update already has a contact at position ${position}`,
    );
    return {
      updateId: update.id,
      position,
      name: input.name.trim(),
      title: input.title.trim(),
      email: input.email.trim(),
    };
  }

  protected async applyChanges(
    manager: EntityManager,
    contact: KeyContactEntity,
    changes: ContactChanges,
    actor: Actor,
  ) {
    await findWritableUpdate(manager, actor, contact.updateId, 'id');
    if (changes.position !== undefined && changes.position !== contact.position)
      await assertPositionFree(
        manager,
        KeyContactEntity,
        'updateId',
        contact.updateId,
        changes.position,
        `the update already has a contact at position ${changes.position}`,
      );
    assignGiven(contact, {
      ...changes,
      name: changes.name?.trim(),
      title: changes.title?.trim(),
      email: changes.email?.trim(),
    });
  }

  protected override async assertDeletable(manager: EntityManager, contact: KeyContactEntity, actor: Actor) {
    await findWritableUpdate(manager, actor, contact.updateId, 'id');
  }
}
