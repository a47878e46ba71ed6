import { KM_ACCESS } from '#src/km/km-access.js';
import { Injectable } from '@nestjs/common';
import { DataSource, In, type EntityManager, type SelectQueryBuilder } from 'typeorm';
import { AuditLog } from '#src/platform/audit/audit-log.service.js';
import type { Actor } from '#src/platform/auth/actor.js';
import { CrudService } from '#src/common/crud/crud.service.js';
import { parseId } from '#src/common/crud/id.util.js';
import { assignGiven, findReference } from '#src/common/crud/reference.util.js';
import { InputError } from '#src/common/errors/input.error.js';
import { assertWritableOffice, officeScoped } from '#src/common/scope/office-scope.js';
import { findInReach } from '#src/common/scope/reach.js';
import { checkDateRange } from '#src/common/validation/date-range.util.js';
import { CommunityOfPracticeEntity } from '#src/km/community-of-practice/community-of-practice.entity.js';
import { IndicatorComponentEntity } from '#src/results/indicator-component/indicator-component.entity.js';
import type { CreateKmMilestoneArgs } from '#src/km/km-milestone/dto/create-km-milestone.args.js';
import type { UpdateKmMilestoneArgs } from '#src/km/km-milestone/dto/update-km-milestone.args.js';
import { KmMilestoneComponentEntity } from '#src/km/km-milestone/km-milestone-component.entity.js';
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
      filterHandlers: {
        componentId: (qb, value, parameter) =>
          qb.andWhere(
            `EXISTS (SELECT 1 FROM km_milestone_component link WHERE link.milestone_id = e.id AND link.component_id = :${parameter})`,
            { [parameter]: parseId(value as string, 'filter.componentId') },
          ),
      },
    });
    // A link's history is read under its milestone's rule.
    audit.registerReader('KmMilestoneComponent', KM_ACCESS.read, async (actor, id) => {
      const link = await dataSource.manager.findOneBy(KmMilestoneComponentEntity, { id: parseId(id, 'entityId') });
      return link !== null && (await this.findOne(actor, String(link.milestoneId))) !== null;
    });
  }

  /** The milestone, then its links to the components it advances. */
  protected override async insert(manager: EntityManager, input: CreateKmMilestoneArgs, actor: Actor) {
    const milestone = await manager.save(
      KmMilestoneEntity,
      (await this.buildNew(manager, input, actor)) as KmMilestoneEntity,
    );
    await linkComponents(manager, milestone, input.componentIds ?? []);
    return milestone;
  }

  override update(actor: Actor, id: string, changes: MilestoneChanges): Promise<KmMilestoneEntity> {
    return this.write(actor, async (manager) => {
      const milestone = await this.lockExisting(manager, actor, id, 'id');
      await this.applyChanges(manager, milestone, changes, actor);
      const saved = await manager.save(KmMilestoneEntity, milestone);
      if (changes.componentIds !== undefined) await linkComponents(manager, saved, changes.componentIds ?? []);
      return saved;
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
    const { componentIds: _links, ...fields } = changes;
    assignGiven(milestone, {
      ...fields,
      title: changes.title?.trim(),
      link: changes.link?.trim() ?? changes.link,
      communityId:
        changes.communityId === undefined
          ? undefined
          : await checkCommunity(manager, actor, changes.communityId, milestone.officeId),
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

/** Replaces the milestone's links with `ids`: only the links that change are written (and audited). */
async function linkComponents(manager: EntityManager, milestone: KmMilestoneEntity, ids: string[]) {
  const componentIds = [...new Set(ids.map((id) => parseId(id, 'componentIds')))];
  const found = componentIds.length ? await manager.findBy(IndicatorComponentEntity, { id: In(componentIds) }) : [];
  const missing = componentIds.find((id) => !found.some((component) => component.id === id));
  if (missing !== undefined) throw InputError.field('componentIds', `no IndicatorComponent with id ${missing}`);
  const existing = await manager.findBy(KmMilestoneComponentEntity, { milestoneId: milestone.id });
  const gone = existing.filter((link) => !componentIds.includes(link.componentId));
  if (gone.length) await manager.delete(KmMilestoneComponentEntity, { id: In(gone.map((link) => link.id)) });
  const added = componentIds.filter((id) => !existing.some((link) => link.componentId === id));
  if (added.length) {
    await manager.insert(
      KmMilestoneComponentEntity,
      added.map((componentId) => ({ milestoneId: milestone.id, officeId: milestone.officeId, componentId })),
    );
  }
}
