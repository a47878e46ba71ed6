import { Injectable } from '@nestjs/common';
import { DataSource, In, type EntityManager } from 'typeorm';
import { AuditLog } from '#src/platform/audit/audit-log.service.js';
import type { Actor } from '#src/platform/auth/actor.js';
import { hashPassword, passwordProblem } from '#src/platform/auth/password.util.js';
import { Role } from '#src/platform/auth/role.enum.js';
import { CrudService } from '#src/common/crud/crud.service.js';
import { parseId } from '#src/common/crud/id.util.js';
import { assignGiven } from '#src/common/crud/reference.util.js';
import { ConflictError } from '#src/common/errors/conflict.error.js';
import { InputError } from '#src/common/errors/input.error.js';
import { OfficeEntity } from '#src/platform/office/office.entity.js';
import type { CreateUserArgs } from '#src/platform/user/dto/create-user.args.js';
import type { UpdateUserArgs } from '#src/platform/user/dto/update-user.args.js';
import { UserEntity } from '#src/platform/user/user.entity.js';

type UserChanges = Omit<UpdateUserArgs, 'id'>;

// These roles act for offices: without one they could see or do nothing.
const NEEDS_OFFICES = new Set([Role.REGIONAL_MANAGER, Role.KM_OFFICER, Role.PROGRAMME_OFFICER]);

@Injectable()
export class UserService extends CrudService<UserEntity, CreateUserArgs, UserChanges> {
  constructor(dataSource: DataSource, audit: AuditLog) {
    super(dataSource, audit, {
      entity: UserEntity,
      label: 'User',
      searchFields: ['email', 'name', 'role'],
      defaultSort: { field: 'email', order: 'ASC' },
    });
  }

  protected async buildNew(manager: EntityManager, input: CreateUserArgs): Promise<Partial<UserEntity>> {
    const email = input.email.trim().toLowerCase();
    await this.assertEmailFree(manager, email);
    const problem = passwordProblem(input.password, email);
    if (problem) throw InputError.field('password', problem);
    return {
      email,
      name: input.name.trim(),
      role: input.role,
      active: input.active ?? true,
      officeIds: await this.checkOffices(manager, input.officeIds ?? [], input.role),
      passwordHash: await hashPassword(input.password),
    };
  }

  protected async applyChanges(
    manager: EntityManager,
    user: UserEntity,
    changes: UserChanges,
    actor: Actor,
  ): Promise<void> {
    const email = changes.email?.trim().toLowerCase();
    if (email !== undefined && email !== user.email) await this.assertEmailFree(manager, email);
    const role = changes.role ?? user.role;
    const officeIds =
      changes.officeIds !== undefined || changes.role !== undefined
        ? await this.checkOffices(manager, changes.officeIds ?? user.officeIds.map(String), role)
        : user.officeIds;
    const stillAdmin = role === Role.ADMIN && (changes.active ?? user.active);
    if (user.role === Role.ADMIN && user.active && !stillAdmin)
      await this.assertAnotherAdmin(manager, user, actor, 'role');
    if (changes.password !== undefined) {
      const problem = passwordProblem(changes.password, email ?? user.email);
      if (problem) throw InputError.field('password', problem);
      user.passwordHash = await hashPassword(changes.password);
    }
    assignGiven(user, { email, name: changes.name?.trim(), role: changes.role, active: changes.active, officeIds });
  }

  protected override async assertDeletable(manager: EntityManager, user: UserEntity, actor: Actor): Promise<void> {
    if (user.id === actor.userId) throw new ConflictError('id', 'you cannot delete your own account');
    if (user.role === Role.ADMIN && user.active) await this.assertAnotherAdmin(manager, user, actor, 'id');
  }

  private async assertEmailFree(manager: EntityManager, email: string): Promise<void> {
    if (await manager.existsBy(UserEntity, { email }))
      throw new ConflictError('email', `${email} already has an account`);
  }

  private async checkOffices(manager: EntityManager, ids: string[], role: Role): Promise<number[]> {
    const officeIds = [...new Set(ids.map((id) => parseId(id, 'officeIds')))];
    const found = officeIds.length ? await manager.countBy(OfficeEntity, { id: In(officeIds) }) : 0;
    if (found !== officeIds.length) throw InputError.field('officeIds', 'lists an office that does not exist');
    if (officeIds.length === 0 && NEEDS_OFFICES.has(role)) {
      throw InputError.field('officeIds', `a ${role} needs at least one office`);
    }
    return officeIds;
  }

  /** Someone must remain able to manage users. */
  private async assertAnotherAdmin(
    manager: EntityManager,
    user: UserEntity,
    _actor: Actor,
    field: string,
  ): Promise<void> {
    const admins = await manager.countBy(UserEntity, { role: Role.ADMIN, active: true });
    if (admins <= 1) throw new ConflictError(field, `${user.email} is the last active administrator`);
  }
}
