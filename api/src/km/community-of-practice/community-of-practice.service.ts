import { Injectable } from '@nestjs/common';
import { DataSource, Not, type EntityManager, type SelectQueryBuilder } from 'typeorm';
import { AuditLog } from '#src/platform/audit/audit-log.service.js';
import type { Actor } from '#src/platform/auth/actor.js';
import { CrudService } from '#src/common/crud/crud.service.js';
import { assignGiven, findReference } from '#src/common/crud/reference.util.js';
import { ConflictError } from '#src/common/errors/conflict.error.js';
import { assertWritableOffice, officeScoped } from '#src/common/scope/office-scope.js';
import { CommunityOfPracticeEntity } from '#src/km/community-of-practice/community-of-practice.entity.js';
import { CommunityStatus } from '#src/km/community-of-practice/community-of-practice.enums.js';
import type { CreateCommunityOfPracticeArgs } from '#src/km/community-of-practice/dto/create-community-of-practice.args.js';
import type { UpdateCommunityOfPracticeArgs } from '#src/km/community-of-practice/dto/update-community-of-practice.args.js';
import { CopDiscussionEntity } from '#src/km/community-of-practice/cop-discussion/cop-discussion.entity.js';
import { CopMembershipTargetEntity } from '#src/km/community-of-practice/cop-membership-target/cop-membership-target.entity.js';
import { KmMilestoneEntity } from '#src/km/km-milestone/km-milestone.entity.js';
import { OfficeEntity } from '#src/platform/office/office.entity.js';

type CommunityChanges = Omit<UpdateCommunityOfPracticeArgs, 'id'>;

const WHAT = 'the communities of practice';

@Injectable()
export class CommunityOfPracticeService extends CrudService<
  CommunityOfPracticeEntity,
  CreateCommunityOfPracticeArgs,
  CommunityChanges
> {
  constructor(dataSource: DataSource, audit: AuditLog) {
    super(dataSource, audit, {
      entity: CommunityOfPracticeEntity,
      label: 'CommunityOfPractice',
      searchFields: ['name', 'acronym', 'theme', 'office.code', 'office.name'],
      defaultSort: { field: 'acronym', order: 'ASC' },
    });
  }

  protected override async applyReadScope(
    qb: SelectQueryBuilder<CommunityOfPracticeEntity>,
    actor: Actor,
  ): Promise<void> {
    officeScoped(qb, actor);
  }

  protected async buildNew(manager: EntityManager, input: CreateCommunityOfPracticeArgs, actor: Actor) {
    const office = await findReference(manager, OfficeEntity, input.officeId, 'officeId', 'Office');
    assertWritableOffice(actor, office.id, 'officeId', WHAT);
    await assertAcronymFree(manager, input.acronym.trim());
    return {
      officeId: office.id,
      name: input.name.trim(),
      acronym: input.acronym.trim(),
      theme: input.theme.trim(),
      launchDate: input.launchDate ?? null,
      address: input.address?.trim() ?? null,
      status: input.status ?? CommunityStatus.ACTIVE,
      description: input.description ?? null,
    };
  }

  protected async applyChanges(
    manager: EntityManager,
    community: CommunityOfPracticeEntity,
    changes: CommunityChanges,
    actor: Actor,
  ) {
    assertWritableOffice(actor, community.officeId, 'id', WHAT);
    const acronym = changes.acronym?.trim();
    if (acronym !== undefined && acronym !== community.acronym) await assertAcronymFree(manager, acronym, community.id);
    assignGiven(community, {
      ...changes,
      name: changes.name?.trim(),
      acronym,
      theme: changes.theme?.trim(),
      address: changes.address?.trim() ?? changes.address,
    });
  }

  protected override async assertDeletable(manager: EntityManager, community: CommunityOfPracticeEntity, actor: Actor) {
    assertWritableOffice(actor, community.officeId, 'id', WHAT);
    const targets = await manager.countBy(CopMembershipTargetEntity, { communityId: community.id });
    const discussions = await manager.countBy(CopDiscussionEntity, { communityId: community.id });
    const milestones = await manager.countBy(KmMilestoneEntity, { communityId: community.id });
    if (targets + discussions + milestones > 0) {
      throw new ConflictError(
        'id',
        `${community.acronym} still has ${targets} membership targets, ${discussions} discussions and ${milestones} milestones`,
      );
    }
  }
}

async function assertAcronymFree(manager: EntityManager, acronym: string, exceptId?: number) {
  const where = exceptId === undefined ? { acronym } : { acronym, id: Not(exceptId) };
  if (await manager.existsBy(CommunityOfPracticeEntity, where)) {
    throw new ConflictError('acronym', `a community of practice ${acronym} already exists`);
  }
}
