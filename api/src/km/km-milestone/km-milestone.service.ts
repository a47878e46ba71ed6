import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager, type SelectQueryBuilder } from 'typeorm';
import { AuditLog } from '#src/platform/audit/audit-log.service.js';
import type { Actor } from '#src/platform/auth/actor.js';
import { CrudService } from '#src/common/crud/crud.service.js';
import { assignGiven, findReference } from '#src/common/crud/reference.util.js';
import { InputError } from '#src/common/errors/input.error.js';
import { assertWritableOffice, officeScoped } from '#src/common/scope/office-scope.js';
import { findInReach } from '#src/common/scope/reach.js';
import { checkDateRange } from '#src/common/validation/date-range.util.js';
import { CommunityOfPracticeEntity } from '#src/km/community-of-practice/community-of-practice.entity.js';
import { IndicatorComponentEntity } from '#src/results/indicator-component/indicator-component.entity.js';
import type { CreateKmMilestoneArgs } from '#src/km/km-milestone/dto/create-km-milestone.args.js';
import type { UpdateKmMilestoneArgs } from '#src/km/km-milestone/dto/update-km-milestone.args.js';
import { KmMilestoneEntity } from '#src/km/km-milestone/km-milestone.entity.js';
import { OfficeEntity } from '#src/platform/office/office.entity.js';

type MilestoneChanges = Omit<UpdateKmMilestoneArgs, 'id'>;

const WHAT = 'the KM milestones';

@Injectable()
export class KmMilestoneService extends CrudService<KmMilestoneEntity, CreateKmMilestoneArgs, MilestoneChanges> {
  constructor(dataSource: DataSource, audit: AuditLog) {
    super(dataSource, audit, {
      entity: KmMilestoneEntity,
      label: 'KmMilestone',
      searchFields: ['title', 'description', 'office.code', 'office.name', 'community.acronym'],
      defaultSort: { field: 'startDate', order: 'DESC' },
    });
  }

  protected override async applyReadScope(qb: SelectQueryBuilder<KmMilestoneEntity>, actor: Actor): Promise<void> {
    officeScoped(qb, actor);
  }

  protected async buildNew(manager: EntityManager, input: CreateKmMilestoneArgs, actor: Actor) {
    const office = await findReference(manager, OfficeEntity, input.officeId, 'officeId', 'Office');
    assertWritableOffice(actor, office.id, 'officeId', WHAT);
    const endDate = input.endDate ?? null;
    checkDateRange(input.startDate, endDate);
    return {
      officeId: office.id,
      startDate: input.startDate,
      endDate,
      title: input.title.trim(),
      description: input.description,
      link: input.link?.trim() ?? null,
      communityId: await checkCommunity(manager, actor, input.communityId ?? null, office.id),
      componentId: await checkComponent(manager, input.componentId ?? null),
    };
  }

  protected async applyChanges(
    manager: EntityManager,
    milestone: KmMilestoneEntity,
    changes: MilestoneChanges,
    actor: Actor,
  ) {
    assertWritableOffice(actor, milestone.officeId, 'id', WHAT);
    checkDateRange(
      changes.startDate ?? milestone.startDate,
      changes.endDate === undefined ? milestone.endDate : changes.endDate,
    );
    assignGiven(milestone, {
      ...changes,
      title: changes.title?.trim(),
      link: changes.link?.trim() ?? changes.link,
      communityId:
        changes.communityId === undefined
          ? undefined
          : await checkCommunity(manager, actor, changes.communityId, milestone.officeId),
      componentId: changes.componentId === undefined ? undefined : await checkComponent(manager, changes.componentId),
    } as Partial<KmMilestoneEntity>);
  }

  protected override async assertDeletable(_manager: EntityManager, milestone: KmMilestoneEntity, actor: Actor) {
    assertWritableOffice(actor, milestone.officeId, 'id', WHAT);
  }
}

const COMMUNITY = {
  entity: CommunityOfPracticeEntity,
  label: 'CommunityOfPractice',
  officeOf: (community: CommunityOfPracticeEntity) => community.officeId,
};

/**
 * The community must be one the milestone's office sponsors; one out of the actor's reach is
 * answered as one that does not exist, and no message names another office's community.
 */
async function checkCommunity(manager: EntityManager, actor: Actor, communityId: string | null, officeId: number) {
  if (communityId === null) return null;
  const community = await findInReach(manager, actor, COMMUNITY, communityId, 'communityId');
  if (community.officeId !== officeId) {
    throw InputError.field('communityId', "must be a community of the milestone's office");
  }
  return community.id;
}

async function checkComponent(manager: EntityManager, componentId: string | null) {
  if (componentId === null) return null;
  return (await findReference(manager, IndicatorComponentEntity, componentId, 'componentId', 'IndicatorComponent')).id;
}
