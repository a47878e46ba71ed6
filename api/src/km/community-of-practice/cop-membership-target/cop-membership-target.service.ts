import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager, type SelectQueryBuilder } from 'typeorm';
import { AuditLog } from '#src/platform/audit/audit-log.service.js';
import type { Actor } from '#src/platform/auth/actor.js';
import { CrudService } from '#src/common/crud/crud.service.js';
import { assertPositionFree, nextPosition } from '#src/common/crud/next-position.util.js';
import { assignGiven } from '#src/common/crud/reference.util.js';
import { officeScoped } from '#src/common/scope/office-scope.js';
import { findWritableCommunity } from '#src/km/community-of-practice/writable-community.util.js';
import { CopMembershipTargetEntity } from '#src/km/community-of-practice/cop-membership-target/cop-membership-target.entity.js';
import type { CreateCopMembershipTargetArgs } from '#src/km/community-of-practice/cop-membership-target/dto/create-cop-membership-target.args.js';
import type { UpdateCopMembershipTargetArgs } from '#src/km/community-of-practice/cop-membership-target/dto/update-cop-membership-target.args.js';

type TargetChanges = Omit<UpdateCopMembershipTargetArgs, 'id'>;

@Injectable()
export class CopMembershipTargetService extends CrudService<
  CopMembershipTargetEntity,
  CreateCopMembershipTargetArgs,
  TargetChanges
> {
  constructor(dataSource: DataSource, audit: AuditLog) {
    super(dataSource, audit, {
      entity: CopMembershipTargetEntity,
      label: 'CopMembershipTarget',
      searchFields: ['memberGroup', 'community.acronym', 'community.name'],
      defaultSort: { field: 'position', order: 'ASC' },
    });
  }

  protected override async applyReadScope(
    qb: SelectQueryBuilder<CopMembershipTargetEntity>,
    actor: Actor,
  ): Promise<void> {
    officeScoped(qb, actor, ['community']);
  }

  protected async buildNew(manager: EntityManager, input: CreateCopMembershipTargetArgs, actor: Actor) {
    const community = await findWritableCommunity(manager, actor, input.communityId, 'communityId');
    const position =
      input.position ?? (await nextPosition(manager, CopMembershipTargetEntity, 'communityId', community.id));
    await assertPositionFree(
      manager,
      CopMembershipTargetEntity,
      'communityId',
      community.id,
      position,
      `the community already has a group at position ${position}`,
    );
    return {
      communityId: community.id,
      position,
      memberGroup: input.memberGroup.trim(),
      targetMembers: input.targetMembers,
      currentMembers: input.currentMembers ?? null,
    };
  }

  protected async applyChanges(
    manager: EntityManager,
    target: CopMembershipTargetEntity,
    changes: TargetChanges,
    actor: Actor,
  ) {
    await findWritableCommunity(manager, actor, target.communityId, 'id');
    if (changes.position !== undefined && changes.position !== target.position)
      await assertPositionFree(
        manager,
        CopMembershipTargetEntity,
        'communityId',
        target.communityId,
        changes.position,
        `the community already has a group at position ${changes.position}`,
      );
    assignGiven(target, { ...changes, memberGroup: changes.memberGroup?.trim() });
  }

  protected override async assertDeletable(manager: EntityManager, target: CopMembershipTargetEntity, actor: Actor) {
    await findWritableCommunity(manager, actor, target.communityId, 'id');
  }
}
