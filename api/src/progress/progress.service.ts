import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Actor } from '#src/auth/actor.js';
import { Role } from '#src/auth/role.enum.js';
import { findReference } from '#src/common/crud/reference.util.js';
import { officesInReach } from '#src/common/scope/offices-in-reach.js';
import { InputError } from '#src/common/errors/input.error.js';
import { AppConfigService } from '#src/config/app-config.service.js';
import { componentLabel } from '#src/indicator-component/component-rules.js';
import { MILESTONE_PROGRESS_ORDER } from '#src/indicator-result/milestone-status.enum.js';
import type { Aggregation, Direction, Measure } from '#src/indicator/indicator.enums.js';
import type { ComponentProgressDTO } from '#src/progress/dto/component-progress.dto.js';
import { componentProgressSql } from '#src/progress/progress.sql.js';
import { computeProgress, elapsedShare } from '#src/progress/progress-rule.js';
import { ReportingPeriodEntity } from '#src/reporting-period/reporting-period.entity.js';
import { ResultsFrameworkEntity } from '#src/results-framework/results-framework.entity.js';

interface ProgressRow {
  componentId: number;
  position: number;
  baselineValue: number | null;
  baselineNarrative: string | null;
  targetValue: number | null;
  targetNarrative: string | null;
  unit: string | null;
  measure: Measure;
  direction: Direction;
  aggregation: Aggregation;
  indicatorId: number;
  indicatorCode: string;
  indicatorTitle: string;
  outcomeId: number;
  outcomeNumber: number;
  outcomeTitle: string;
  windowStart: string;
  windowEnd: string;
  intermediateTargetValue: number | null;
  sumOfSums: number | null;
  meanOfAverages: number | null;
  meanOfLatest: number | null;
  milestoneOffices: number;
  milestoneAchievedOffices: number;
  leastMilestoneRank: number | null;
  narrativeOffices: number;
  reportingOffices: number;
}

export interface ProgressQuery {
  frameworkId: string;
  periodId: string;
  /** The office and every office under it; when undefined, every office the actor may see. */
  officeId?: string | null;
  /** Count results of submitted reports too, not only approved ones. */
  includeSubmitted?: boolean | null;
}

/** Applies the progress rule to every component of a framework, from one SQL statement. */
@Injectable()
export class ProgressService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly config: AppConfigService,
  ) {}

  async componentProgress(actor: Actor, query: ProgressQuery): Promise<ComponentProgressDTO[]> {
    const manager = this.dataSource.manager;
    const framework = await findReference(
      manager,
      ResultsFrameworkEntity,
      query.frameworkId,
      'frameworkId',
      'ResultsFramework',
    );
    if (actor.role === Role.VIEWER && framework.publishedAt === null) {
      throw InputError.field('frameworkId', `no ResultsFramework with id ${query.frameworkId}`);
    }
    const period = await findReference(manager, ReportingPeriodEntity, query.periodId, 'periodId', 'ReportingPeriod');
    // Viewers see approved results from every office; staff see what their offices reach.
    const offices =
      actor.role === Role.VIEWER ? null : await officesInReach(this.dataSource.manager, actor, query.officeId ?? null);
    const statuses = query.includeSubmitted && actor.role !== Role.VIEWER ? ['APPROVED', 'SUBMITTED'] : ['APPROVED'];
    const parameters: unknown[] = [framework.id, period.endDate, period.id, statuses];
    if (offices !== null) parameters.push(offices);
    const rows = (await manager.query(componentProgressSql(offices !== null), parameters)) as ProgressRow[];
    const thresholds = this.config.progressThresholds;
    return rows.map((row) => {
      const elapsed = elapsedShare(row.windowStart, row.windowEnd, period.endDate);
      const milestoneStatus =
        row.leastMilestoneRank === null ? null : MILESTONE_PROGRESS_ORDER[row.leastMilestoneRank]!;
      const progress = computeProgress(
        {
          measure: row.measure,
          direction: row.direction,
          aggregation: row.aggregation,
          baselineValue: row.baselineValue,
          targetValue: row.targetValue,
          intermediateTargetValue: row.intermediateTargetValue,
          elapsedShare: elapsed,
          figures: { ...row, leastAdvancedMilestone: milestoneStatus },
        },
        thresholds,
      );
      return {
        ...row,
        ...progress,
        label: componentLabel(row.position),
        targetStartDate: row.windowStart,
        targetEndDate: row.windowEnd,
        milestoneStatus,
        elapsedPercent: Math.round(elapsed * 1000) / 10,
      };
    });
  }
}
