import { Injectable } from '@nestjs/common';
import countries from 'i18n-iso-countries';
import { ArrayContains, DataSource, type EntityManager } from 'typeorm';
import { AuditLog } from '#src/platform/audit/audit-log.service.js';
import type { Actor } from '#src/platform/auth/actor.js';
import { CrudService } from '#src/common/crud/crud.service.js';
import { assignGiven, findReference } from '#src/common/crud/reference.util.js';
import { ConflictError } from '#src/common/errors/conflict.error.js';
import { InputError } from '#src/common/errors/input.error.js';
import type { CreateOfficeArgs } from '#src/platform/office/dto/create-office.args.js';
import type { UpdateOfficeArgs } from '#src/platform/office/dto/update-office.args.js';
import { OfficeEntity } from '#src/platform/office/office.entity.js';
import { OfficeType } from '#src/platform/office/office-type.enum.js';
import { UserEntity } from '#src/platform/user/user.entity.js';

// An office reports to one of a higher level; this also rules out cycles.
const LEVEL: Record<OfficeType, number> = {
  [OfficeType.HQ]: 0,
  [OfficeType.REGIONAL]: 1,
  [OfficeType.SUBREGIONAL]: 2,
  [OfficeType.COUNTRY]: 3,
};

@Injectable()
export class OfficeService extends CrudService<OfficeEntity, CreateOfficeArgs, Omit<UpdateOfficeArgs, 'id'>> {
  constructor(dataSource: DataSource, audit: AuditLog) {
    super(dataSource, audit, {
      entity: OfficeEntity,
      label: 'Office',
      searchFields: ['code', 'name', 'countries'],
      defaultSort: { field: 'code', order: 'ASC' },
      filterHandlers: {
        country: (qb, value, parameter) =>
          qb.andWhere(`:${parameter} = ANY(e.countries)`, { [parameter]: String(value).toUpperCase() }),
      },
    });
  }

  protected async buildNew(
    manager: EntityManager,
    input: CreateOfficeArgs,
    _actor: Actor,
  ): Promise<Partial<OfficeEntity>> {
    await this.assertCodeFree(manager, input.code);
    const parent = await this.checkParent(manager, input.parentId ?? null, input.type);
    return {
      code: input.code,
      name: input.name.trim(),
      type: input.type,
      parentId: parent,
      countries: this.checkCountries(input.countries ?? []),
    };
  }

  protected async applyChanges(
    manager: EntityManager,
    office: OfficeEntity,
    changes: Omit<UpdateOfficeArgs, 'id'>,
  ): Promise<void> {
    if (changes.code !== undefined && changes.code !== office.code) await this.assertCodeFree(manager, changes.code);
    const type = changes.type ?? office.type;
    const parentId =
      changes.parentId !== undefined || changes.type !== undefined
        ? await this.checkParent(
            manager,
            changes.parentId === undefined ? office.parentId : changes.parentId,
            type,
            office.id,
          )
        : office.parentId;
    if (changes.type !== undefined) await this.checkChildrenBelow(manager, office.id, type);
    assignGiven(office, {
      code: changes.code,
      name: changes.name?.trim(),
      type: changes.type,
      parentId,
      countries: changes.countries && this.checkCountries(changes.countries),
    });
  }

  protected override async assertDeletable(manager: EntityManager, office: OfficeEntity, _actor: Actor): Promise<void> {
    const children = await manager.countBy(OfficeEntity, { parentId: office.id });
    if (children > 0) throw new ConflictError('id', `the office still has ${children} offices under it`);
    const users = await manager.count(UserEntity, { where: { officeIds: ArrayContains([office.id]) } });
    if (users > 0) throw new ConflictError('id', `${users} users work for this office`);
  }

  private async assertCodeFree(manager: EntityManager, code: string): Promise<void> {
    if (await manager.existsBy(OfficeEntity, { code })) {
      throw new ConflictError('code', `an office with code ${code} already exists`);
    }
  }

  private async checkParent(
    manager: EntityManager,
    parentId: string | number | null,
    type: OfficeType,
    selfId?: number,
  ): Promise<number | null> {
    if (parentId === null) return null;
    const parent = await findReference(manager, OfficeEntity, parentId, 'parentId', 'Office');
    if (parent.id === selfId) throw InputError.field('parentId', 'an office cannot be its own parent');
    if (LEVEL[parent.type] >= LEVEL[type]) {
      throw InputError.field('parentId', `a ${type} office cannot report to a ${parent.type} office`);
    }
    return parent.id;
  }

  private async checkChildrenBelow(manager: EntityManager, officeId: number, type: OfficeType): Promise<void> {
    const children = await manager.findBy(OfficeEntity, { parentId: officeId });
    const notBelow = children.find((child) => LEVEL[child.type] <= LEVEL[type]);
    if (notBelow) {
      throw InputError.field('type', `office ${notBelow.code} (${notBelow.type}) reports to this office`);
    }
  }

  private checkCountries(codes: string[]): string[] {
    const normalized = codes.map((code) => code.trim().toUpperCase());
    const unknown = normalized.filter((code) => !/^[A-Z]{3}$/.test(code) || !countries.isValid(code));
    if (unknown.length > 0) {
      throw InputError.field('countries', `unknown ISO 3166-1 alpha-3 codes: ${unknown.join(', ').slice(0, 200)}`);
    }
    if (new Set(normalized).size !== normalized.length) {
      throw InputError.field('countries', 'must not list a country twice');
    }
    return normalized;
  }
}
