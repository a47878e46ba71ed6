import { Injectable } from '@nestjs/common';
import { DataSource, In } from 'typeorm';
import type { Actor } from '#src/platform/auth/actor.js';
import { findReference } from '#src/common/crud/reference.util.js';
import { InputError } from '#src/common/errors/input.error.js';
import { officesInReach } from '#src/common/scope/offices-in-reach.js';
import { CopMembershipTargetEntity } from '#src/km/community-of-practice/cop-membership-target/cop-membership-target.entity.js';
import { CommunityOfPracticeEntity } from '#src/km/community-of-practice/community-of-practice.entity.js';
import { CriticalIssueEntity } from '#src/km/quarterly-update/critical-issue/critical-issue.entity.js';
import { KeyContactEntity } from '#src/km/quarterly-update/key-contact/key-contact.entity.js';
import { componentLabel } from '#src/results/indicator-component/component-rules.js';
import { KmMilestoneEntity } from '#src/km/km-milestone/km-milestone.entity.js';
import { OfficeEntity } from '#src/platform/office/office.entity.js';
import type { ComponentProgressDTO } from '#src/results/progress/dto/component-progress.dto.js';
import { ProgressService } from '#src/results/progress/progress.service.js';
import { QuarterlyUpdateEntity } from '#src/km/quarterly-update/quarterly-update.entity.js';
import type { ReportingComplianceDTO } from '#src/dwcp/reporting-compliance/dto/reporting-compliance.dto.js';
import { ReportingComplianceService } from '#src/dwcp/reporting-compliance/reporting-compliance.service.js';
import { ReportingPeriodEntity } from '#src/platform/reporting-period/reporting-period.entity.js';
import { PeriodKind } from '#src/platform/reporting-period/reporting-period.enums.js';
import { WorkAreaEntity } from '#src/km/work-area/work-area.entity.js';
import { WorkAreaStatusEntity } from '#src/km/work-area/work-area-status/work-area-status.entity.js';

export interface WorkAreaLine {
  number: number;
  title: string;
  description: string | null;
  status: string | null;
  note: string | null;
}

/** Everything the quarterly KM update of an office shows, as the actor may see it. */
export interface KmUpdateContent {
  office: OfficeEntity;
  period: ReportingPeriodEntity;
  update: QuarterlyUpdateEntity | null;
  /** With the indicator components each advances, as "6.1 (i)". */
  milestones: (KmMilestoneEntity & { components: string[] })[];
  workAreas: WorkAreaLine[];
  issues: CriticalIssueEntity[];
  contacts: KeyContactEntity[];
  frameworkTitle: string | null;
  progress: readonly ComponentProgressDTO[];
  /** Narratives reported for the quarter, by component id. */
  narratives: Map<number, string>;
  compliance: ReportingComplianceDTO;
  communities: { community: CommunityOfPracticeEntity; targets: CopMembershipTargetEntity[] }[];
}

// Narratives of the quarter's results that count (approved reports, or entered outside reports).
const NARRATIVES_SQL = `
SELECT r.component_id AS "componentId", string_agg(o.code || ': ' || r.narrative, E'\\n' ORDER BY o.code) AS text
  FROM indicator_result r
  JOIN office o ON o.id = r.office_id
  LEFT JOIN progress_report report ON report.id = r.report_id
 WHERE r.period_id = $1 AND r.office_id = ANY($2::int[]) AND COALESCE(r.narrative, '') <> ''
   AND (r.report_id IS NULL OR report.status = 'APPROVED')
 GROUP BY r.component_id`;

@Injectable()
export class KmUpdateData {
  constructor(
    private readonly dataSource: DataSource,
    private readonly progress: ProgressService,
    private readonly compliance: ReportingComplianceService,
  ) {}

  async load(actor: Actor, officeId: string, periodId: string): Promise<KmUpdateContent> {
    const manager = this.dataSource.manager;
    // The office and those under it, within the actor's reach; refused (naming officeId) when out of it.
    const offices = (await officesInReach(manager, actor, officeId))!;
    const office = await findReference(manager, OfficeEntity, officeId, 'officeId', 'Office');
    const period = await findReference(manager, ReportingPeriodEntity, periodId, 'periodId', 'ReportingPeriod');
    if (period.kind !== PeriodKind.QUARTER) throw InputError.field('periodId', `${period.code} is not a quarter`);
    const update = await manager.findOneBy(QuarterlyUpdateEntity, { officeId: office.id, periodId: period.id });
    const framework = (await manager.query(
      `SELECT id, title FROM results_framework WHERE start_date <= $1 AND end_date >= $2
        ORDER BY published_at DESC NULLS LAST, id LIMIT 1`,
      [period.startDate, period.endDate],
    )) as { id: number; title: string }[];
    const progress = framework[0]
      ? await this.progress.componentProgress(actor, {
          frameworkId: String(framework[0].id),
          periodId: String(period.id),
          officeId: String(office.id),
        })
      : [];
    const narrativeRows = (await manager.query(NARRATIVES_SQL, [period.id, offices])) as {
      componentId: number;
      text: string;
    }[];
    return {
      office,
      period,
      update,
      milestones: await this.milestones(office.id, period),
      workAreas: await this.workAreas(office.id, period.id),
      issues: update
        ? await manager.find(CriticalIssueEntity, { where: { updateId: update.id }, order: { position: 'ASC' } })
        : [],
      contacts: update
        ? await manager.find(KeyContactEntity, { where: { updateId: update.id }, order: { position: 'ASC' } })
        : [],
      frameworkTitle: framework[0]?.title ?? null,
      progress,
      narratives: new Map(narrativeRows.map((row) => [row.componentId, row.text])),
      compliance: await this.compliance.compliance(actor, [String(period.id)], String(office.id)),
      communities: await this.communities(office.id),
    };
  }

  /** The office's milestones reached in the quarter (ended, or on their single day), by date. */
  private async milestones(officeId: number, period: ReportingPeriodEntity): Promise<KmUpdateContent['milestones']> {
    const milestones = await this.dataSource.manager
      .createQueryBuilder(KmMilestoneEntity, 'm')
      .where('m.officeId = :officeId', { officeId })
      .andWhere('COALESCE(m.endDate, m.startDate) BETWEEN :start AND :end', {
        start: period.startDate,
        end: period.endDate,
      })
      .orderBy('m.startDate')
      .addOrderBy('m.id')
      .getMany();
    const links = (await this.dataSource.query(
      `SELECT l.milestone_id AS "milestoneId", i.code, c.position
         FROM km_milestone_component l
         JOIN indicator_component c ON c.id = l.component_id
         JOIN indicator i ON i.id = c.indicator_id
         JOIN outcome o ON o.id = i.outcome_id
        WHERE l.milestone_id = ANY($1::int[])
        ORDER BY o.number, split_part(i.code, '.', 2)::int, c.position`,
      [milestones.map((milestone) => milestone.id)],
    )) as { milestoneId: number; code: string; position: number }[];
    return milestones.map((milestone) =>
      Object.assign(milestone, {
        components: links
          .filter((link) => link.milestoneId === milestone.id)
          .map((link) => `${link.code} ${componentLabel(link.position)}`),
      }),
    );
  }

  private async workAreas(officeId: number, periodId: number): Promise<WorkAreaLine[]> {
    const areas = await this.dataSource.manager.find(WorkAreaEntity, { where: { officeId }, order: { number: 'ASC' } });
    const statuses = areas.length
      ? await this.dataSource.manager.findBy(WorkAreaStatusEntity, {
          periodId,
          workAreaId: In(areas.map((area) => area.id)),
        })
      : [];
    return areas.map((area) => {
      const status = statuses.find((candidate) => candidate.workAreaId === area.id);
      return { ...area, status: status?.status ?? null, note: status?.note ?? null };
    });
  }

  private async communities(officeId: number) {
    const communities = await this.dataSource.manager.find(CommunityOfPracticeEntity, {
      where: { officeId },
      order: { name: 'ASC' },
    });
    const targets = communities.length
      ? await this.dataSource.manager.find(CopMembershipTargetEntity, {
          where: { communityId: In(communities.map((community) => community.id)) },
          order: { position: 'ASC' },
        })
      : [];
    return communities.map((community) => ({
      community,
      targets: targets.filter((target) => target.communityId === community.id),
    }));
  }
}
