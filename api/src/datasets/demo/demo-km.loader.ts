import type { EntityManager } from 'typeorm';
import { CommunityOfPracticeEntity } from '#src/km/community-of-practice/community-of-practice.entity.js';
import { CopDiscussionEntity } from '#src/km/community-of-practice/cop-discussion/cop-discussion.entity.js';
import { CopMembershipTargetEntity } from '#src/km/community-of-practice/cop-membership-target/cop-membership-target.entity.js';
import { CriticalIssueEntity } from '#src/km/quarterly-update/critical-issue/critical-issue.entity.js';
import { DEMO_COMMUNITIES, Q2_2009_UPDATE } from '#src/datasets/demo/data/km-content.data.js';
import { KeyContactEntity } from '#src/km/quarterly-update/key-contact/key-contact.entity.js';
import { AP_IRNET_TIMELINE } from '#src/datasets/demo/data/ap-irnet-timeline.data.js';
import { componentsByCode } from '#src/datasets/demo/demo-dwcp.loader.js';
import { KmMilestoneComponentEntity } from '#src/km/km-milestone/km-milestone-component.entity.js';
import { KmMilestoneEntity } from '#src/km/km-milestone/km-milestone.entity.js';
import { QuarterlyUpdateEntity } from '#src/km/quarterly-update/quarterly-update.entity.js';
import { WorkAreaEntity } from '#src/km/work-area/work-area.entity.js';
import { WorkAreaStatusEntity } from '#src/km/work-area/work-area-status/work-area-status.entity.js';

/**
 * ROAP's communities of practice, its Q2 2009 KM update with its milestones and work areas, and
 * seed 003's AP-IRNet timeline as milestones linked to the components they advance.
 */
export async function insertDemoKmContent(
  manager: EntityManager,
  offices: Map<string, number>,
  periods: Map<string, { id: number }>,
): Promise<void> {
  const update = Q2_2009_UPDATE;
  const officeId = offices.get(update.officeCode)!;
  const communities = new Map<string, number>();
  for (const community of DEMO_COMMUNITIES) {
    const { targets, discussions, ...fields } = community;
    const saved = await manager.save(CommunityOfPracticeEntity, { ...fields, officeId });
    communities.set(community.acronym, saved.id);
    await manager.save(
      CopMembershipTargetEntity,
      targets.map((target, index) => ({ ...target, communityId: saved.id, position: index + 1, currentMembers: null })),
    );
    await manager.save(
      CopDiscussionEntity,
      discussions.map((discussion) => ({ ...discussion, communityId: saved.id })),
    );
  }
  const periodId = periods.get(update.period)!.id;
  const saved = await manager.save(QuarterlyUpdateEntity, {
    officeId,
    periodId,
    authors: update.authors,
    areaOfWork: update.areaOfWork,
    executiveSummary: update.executiveSummary,
    milestonesIntro: update.milestonesIntro,
    workInProgressIntro: update.workInProgressIntro,
    workInProgressConclusion: update.workInProgressConclusion,
    issuesIntro: update.issuesIntro,
    contactsIntro: update.contactsIntro,
  });
  await manager.save(
    KmMilestoneEntity,
    update.milestones.map((milestone) => ({
      officeId,
      startDate: milestone.startDate,
      endDate: milestone.endDate,
      title: milestone.title,
      description: milestone.description,
      link: null,
      communityId: milestone.community ? communities.get(milestone.community)! : null,
    })),
  );
  await insertTimeline(manager, officeId, communities);
  for (const area of update.workAreas) {
    const savedArea = await manager.save(WorkAreaEntity, { ...area, officeId });
    await manager.save(WorkAreaStatusEntity, {
      workAreaId: savedArea.id,
      periodId,
      status: update.workAreaStatus,
      note: null,
    });
  }
  await manager.save(
    CriticalIssueEntity,
    update.criticalIssues.map((issue, index) => ({ ...issue, updateId: saved.id, position: index + 1 })),
  );
  await manager.save(
    KeyContactEntity,
    update.keyContacts.map((contact, index) => ({ ...contact, updateId: saved.id, position: index + 1 })),
  );
}

/** Seed 003's AP-IRNet timeline as ROAP's milestones, each linked to the components it advances. */
async function insertTimeline(manager: EntityManager, officeId: number, communities: Map<string, number>) {
  const components = await componentsByCode(manager);
  for (const { components: codes, dated: _dated, community, ...milestone } of AP_IRNET_TIMELINE) {
    const saved = await manager.save(KmMilestoneEntity, {
      ...milestone,
      officeId,
      link: null,
      communityId: community ? communities.get(community)! : null,
    });
    await manager.save(
      KmMilestoneComponentEntity,
      codes.map((code) => ({ milestoneId: saved.id, officeId, componentId: components.get(code)! })),
    );
  }
}
