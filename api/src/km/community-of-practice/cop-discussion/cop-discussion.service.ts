import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager, type SelectQueryBuilder } from 'typeorm';
import { AuditLog } from '#src/platform/audit/audit-log.service.js';
import type { Actor } from '#src/platform/auth/actor.js';
import { CrudService } from '#src/common/crud/crud.service.js';
import { assignGiven } from '#src/common/crud/reference.util.js';
import { officeScoped } from '#src/common/scope/office-scope.js';
import { checkDateRange } from '#src/common/validation/date-range.util.js';
import { findWritableCommunity } from '#src/km/community-of-practice/writable-community.util.js';
import { CopDiscussionEntity } from '#src/km/community-of-practice/cop-discussion/cop-discussion.entity.js';
import type { CreateCopDiscussionArgs } from '#src/km/community-of-practice/cop-discussion/dto/create-cop-discussion.args.js';
import type { UpdateCopDiscussionArgs } from '#src/km/community-of-practice/cop-discussion/dto/update-cop-discussion.args.js';

type DiscussionChanges = Omit<UpdateCopDiscussionArgs, 'id'>;

@Injectable()
export class CopDiscussionService extends CrudService<CopDiscussionEntity, CreateCopDiscussionArgs, DiscussionChanges> {
  constructor(dataSource: DataSource, audit: AuditLog) {
    super(dataSource, audit, {
      entity: CopDiscussionEntity,
      label: 'CopDiscussion',
      searchFields: ['topic', 'moderator', 'summary', 'community.acronym', 'community.name'],
      defaultSort: { field: 'startDate', order: 'DESC' },
    });
  }

  protected override async applyReadScope(qb: SelectQueryBuilder<CopDiscussionEntity>, actor: Actor): Promise<void> {
    officeScoped(qb, actor, ['community']);
  }

  protected async buildNew(manager: EntityManager, input: CreateCopDiscussionArgs, actor: Actor) {
    const community = await findWritableCommunity(manager, actor, input.communityId, 'communityId');
    checkDateRange(input.startDate, input.endDate);
    return {
      communityId: community.id,
      startDate: input.startDate,
      endDate: input.endDate,
      topic: input.topic.trim(),
      moderator: input.moderator?.trim() ?? null,
      reach: input.reach ?? null,
      summary: input.summary ?? null,
    };
  }

  protected async applyChanges(
    manager: EntityManager,
    discussion: CopDiscussionEntity,
    changes: DiscussionChanges,
    actor: Actor,
  ) {
    await findWritableCommunity(manager, actor, discussion.communityId, 'id');
    checkDateRange(changes.startDate ?? discussion.startDate, changes.endDate ?? discussion.endDate);
    assignGiven(discussion, {
      ...changes,
      topic: changes.topic?.trim(),
      moderator: changes.moderator?.trim() ?? changes.moderator,
    });
  }

  protected override async assertDeletable(manager: EntityManager, discussion: CopDiscussionEntity, actor: Actor) {
    await findWritableCommunity(manager, actor, discussion.communityId, 'id');
  }
}
