import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Actor } from '#src/platform/auth/actor.js';
import { Role } from '#src/platform/auth/role.enum.js';
import { findReference } from '#src/common/crud/reference.util.js';
import { officesInReach } from '#src/common/scope/offices-in-reach.js';
import { InputError } from '#src/common/errors/input.error.js';
import { AppConfigService } from '#src/platform/config/app-config.service.js';
import { indicatorLineage } from '#src/results/indicator/indicator-lineage.util.js';
import { componentLabel } from '#src/results/indicator-component/component-rules.js';
import { MILESTONE_PROGRESS_ORDER } from '#src/results/indicator-result/milestone-status.enum.js';
import type { Aggregation, Direction, Measure } from '#src/results/indicator/indicator.enums.js';
import type { ComponentProgressDTO } from '#src/results/progress/dto/component-progress.dto.js';
import { COMPONENT_PROGRESS_SQL, type ProgressSqlParameters } from '#src/results/progress/progress.sql.js';
import { DataRevision } from '#src/results/progress/data-revision.service.js';
import { ProgressCache } from '#src/results/progress/progress-cache.js';
import { computeProgress, elapsedShare } from '#src/results/progress/progress-rule.js';
import { ReportingPeriodEntity } from '#src/platform/reporting-period/reporting-period.entity.js';
import type { TargetSource } from '#src/results/target-revision/target-source.enum.js';
import { ResultsFrameworkEntity } from '#src/results/results-framework/results-framework.entity.js';

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
  targetRevisionId: number | null;
  targetAppliesFrom: string | null;
  targetOfficeId: number | null;
  targetSource: TargetSource;
  sumOfSums: number | null;
  meanOfAverages: number | null;
  meanOfLatest: number | null;
  milestoneOffices: number;
  milestoneAchievedOffices: number;
  leastMilestoneRank: number | null;
  narrativeOffices: number;
  reportingOffices: number;
  /** The data revision the figures were computed at, read in the same statement. */
  dataRevision: string;
}

// A framework's figures for one quarter and scope are about 1,000 rows; 32 of them stay well
// under 50 MB.
const CACHED_ANSWERS = 32;

export interface ProgressQuery {
  frameworkId: string;
  periodId: string;
  /** The office and every office under it; when undefined, every office the actor may see. */
  officeId?: string | null;
  /** Count results of submitted reports too, not only approved ones. */
  includeSubmitted?: boolean | null;
  /** Only this indicator's components. */
  indicatorId?: string | null;
}

/** Who and what a figure counts: the framework, the period, the offices and report statuses. */
export interface ProgressScope {
  framework: ResultsFrameworkEntity;
  period: ReportingPeriodEntity;
  /** null: every office. */
  officeIds: number[] | null;
  /** The office whose own target (target-in-force.sql.ts) figures are measured against; null: the region's. */
  measuredOfficeId: number | null;
  statuses: string[];
}

/** Applies the progress rule to every component of a framework, from one SQL statement. */
@Injectable()
export class ProgressService {
  private readonly cache = new ProgressCache<readonly ComponentProgressDTO[]>(CACHED_ANSWERS);

  constructor(
    private readonly dataSource: DataSource,
    private readonly config: AppConfigService,
    private readonly revision: DataRevision,
  ) {}

  async componentProgress(actor: Actor, query: ProgressQuery): Promise<readonly ComponentProgressDTO[]> {
    const framework = await this.readableFramework(actor, query.frameworkId);
    const period = await findReference(
      this.dataSource.manager,
      ReportingPeriodEntity,
      query.periodId,
      'periodId',
      'ReportingPeriod',
    );
    const indicatorId = query.indicatorId ? await this.indicatorOf(framework, query.indicatorId) : null;
    return this.progressIn(await this.scope(actor, framework, period, query), indicatorId);
  }

  /** The id of an indicator of this framework; fails naming `indicatorId`. */
  async indicatorOf(framework: ResultsFrameworkEntity, indicatorId: string): Promise<number> {
    const lineage = await indicatorLineage(this.dataSource.manager, indicatorId, 'indicatorId');
    if (lineage.framework.id !== framework.id) {
      throw InputError.field('indicatorId', `${lineage.indicator.code} belongs to another framework`);
    }
    return lineage.indicator.id;
  }

  /** The framework, if the actor may see it (viewers: published ones only); fails naming `field`. */
  async readableFramework(actor: Actor, frameworkId: string | number, field = 'frameworkId') {
    const framework = await findReference(
      this.dataSource.manager,
      ResultsFrameworkEntity,
      String(frameworkId),
      field,
      'ResultsFramework',
    );
    if (actor.role === Role.VIEWER && framework.publishedAt === null) {
      throw InputError.field(field, `no ResultsFramework with id ${frameworkId}`);
    }
    return framework;
  }

  /** Viewers see approved results from every office; staff see what their offices reach. */
  async scope(
    actor: Actor,
    framework: ResultsFrameworkEntity,
    period: ReportingPeriodEntity,
    query: Pick<ProgressQuery, 'officeId' | 'includeSubmitted'>,
  ): Promise<ProgressScope> {
    const officeIds =
      actor.role === Role.VIEWER ? null : await officesInReach(this.dataSource.manager, actor, query.officeId ?? null);
    const statuses = query.includeSubmitted && actor.role !== Role.VIEWER ? ['APPROVED', 'SUBMITTED'] : ['APPROVED'];
    const measuredOfficeId = actor.role !== Role.VIEWER && query.officeId ? Number(query.officeId) : null;
    return { framework, period, officeIds, statuses, measuredOfficeId };
  }

  /**
   * Every component (or one indicator's) with its progress as of the scope's period. The answer is
   * reused while no progress source has changed since (progress-cache.ts): callers must not
   * modify it.
   */
  async progressIn(scope: ProgressScope, indicatorId: number | null = null): Promise<readonly ComponentProgressDTO[]> {
    const parameters = sqlParameters(scope, indicatorId, null);
    const key = JSON.stringify(parameters);
    if (this.cache.has(key)) {
      const cached = this.cache.get(key, await this.revision.current());
      if (cached) return cached;
    }
    const rows = (await this.dataSource.query(COMPONENT_PROGRESS_SQL, parameters)) as ProgressRow[];
    const answer = Object.freeze(rows.map((row) => Object.freeze(this.progressOf(row, scope.period))));
    if (rows.length > 0) this.cache.set(key, rows[0]!.dataRevision, answer);
    return answer;
  }

  private progressOf(row: ProgressRow, period: ReportingPeriodEntity): ComponentProgressDTO {
    const elapsed = elapsedShare(row.windowStart, row.windowEnd, period.endDate);
    const milestoneStatus = row.leastMilestoneRank === null ? null : MILESTONE_PROGRESS_ORDER[row.leastMilestoneRank]!;
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
      this.config.progressThresholds,
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
  }
}

/** The statements' positional parameters (progress.sql.ts). */
export function sqlParameters(
  scope: ProgressScope,
  indicatorId: number | null,
  componentId: number | null,
): ProgressSqlParameters {
  return [
    scope.framework.id,
    scope.period.endDate,
    scope.period.id,
    scope.statuses,
    scope.officeIds,
    indicatorId,
    componentId,
    scope.measuredOfficeId,
  ];
}
