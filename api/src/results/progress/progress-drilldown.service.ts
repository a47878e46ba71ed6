import { Injectable } from '@nestjs/common';
import { DataSource, In } from 'typeorm';
import type { Actor } from '#src/platform/auth/actor.js';
import { InputError } from '#src/common/errors/input.error.js';
import { AppConfigService } from '#src/platform/config/app-config.service.js';
import { componentLabel } from '#src/results/indicator-component/component-rules.js';
import { componentLineage } from '#src/results/indicator/indicator-lineage.util.js';
import type { MilestoneStatus } from '#src/results/indicator-result/milestone-status.enum.js';
import type { OfficeProgressDTO, ProgressTrendPointDTO } from '#src/results/progress/dto/progress-drilldown.dto.js';
import { OFFICE_PROGRESS_SQL } from '#src/results/progress/progress.sql.js';
import { computeProgress, elapsedShare } from '#src/results/progress/progress-rule.js';
import { ProgressService, sqlParameters } from '#src/results/progress/progress.service.js';
import type { TargetSource } from '#src/results/target-revision/target-source.enum.js';
import { ReportingPeriodEntity } from '#src/platform/reporting-period/reporting-period.entity.js';
import { Role } from '#src/platform/auth/role.enum.js';
import { ResultsFrameworkEntity } from '#src/results/results-framework/results-framework.entity.js';
import { INDICATOR_VERSIONS_SQL, type IndicatorVersionRow } from '#src/results/progress/indicator-versions.sql.js';

interface OfficeRow {
  officeId: number;
  officeCode: string;
  officeName: string;
  sumValue: number | null;
  avgValue: number | null;
  latestValue: number | null;
  latestMilestone: MilestoneStatus | null;
  hasNarrative: boolean;
  windowStart: string;
  windowEnd: string;
  intermediateTargetValue: number | null;
  baselineValue: number | null;
  targetValue: number | null;
  targetRevisionId: number | null;
  targetAppliesFrom: string | null;
  targetOfficeId: number | null;
  targetSource: TargetSource;
}

export interface TrendQuery {
  frameworkId: string;
  indicatorId: string;
  periodIds: string[];
  officeId?: string | null;
  includeSubmitted?: boolean | null;
  /** Follow the indicator through its predecessors (indicator-versions.sql.ts). */
  acrossVersions?: boolean | null;
}

/** The dashboard's drill-downs: an indicator over several periods, a component office by office. */
@Injectable()
export class ProgressDrilldownService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly progress: ProgressService,
    private readonly config: AppConfigService,
  ) {}

  /**
   * One indicator's components at the end of each period, oldest period first; across versions,
   * each period counted in the version of the indicator in force then.
   */
  async trend(actor: Actor, query: TrendQuery): Promise<ProgressTrendPointDTO[]> {
    const framework = await this.progress.readableFramework(actor, query.frameworkId);
    const indicatorId = await this.progress.indicatorOf(framework, query.indicatorId);
    const periods = await this.periods(query.periodIds);
    const versions = query.acrossVersions
      ? await this.versionsOf(actor, indicatorId, periods)
      : new Map(periods.map((period) => [period.id, { indicatorId, framework }]));
    // Who and what counts does not depend on the period: work it out once.
    const scope = await this.progress.scope(actor, framework, periods[0]!, query);
    const points: ProgressTrendPointDTO[] = [];
    for (const period of periods) {
      const version = versions.get(period.id)!;
      for (const row of await this.progress.progressIn(
        { ...scope, framework: version.framework, period },
        version.indicatorId,
      )) {
        points.push({
          ...row,
          periodId: period.id,
          periodCode: period.code,
          periodEndDate: period.endDate,
          frameworkId: version.framework.id,
          frameworkTitle: version.framework.title,
        });
      }
    }
    return points;
  }

  /** For each period, the version of the indicator (and its framework) in force then. */
  private async versionsOf(
    actor: Actor,
    indicatorId: number,
    periods: ReportingPeriodEntity[],
  ): Promise<Map<number, { indicatorId: number; framework: ResultsFrameworkEntity }>> {
    const rows = (await this.dataSource.query(INDICATOR_VERSIONS_SQL, [
      indicatorId,
      actor.role !== Role.VIEWER,
      periods.map((period) => period.id),
    ])) as IndicatorVersionRow[];
    const frameworks = await this.dataSource.manager.findBy(ResultsFrameworkEntity, {
      id: In([...new Set(rows.map((row) => row.frameworkId))]),
    });
    const byId = new Map(frameworks.map((framework) => [framework.id, framework]));
    return new Map(
      rows.map((row) => [row.periodId, { indicatorId: row.indicatorId, framework: byId.get(row.frameworkId)! }]),
    );
  }

  /** One component's progress in each office that reported it, within the actor's reach. */
  async officeProgress(
    actor: Actor,
    query: { componentId: string; periodId: string; includeSubmitted?: boolean | null },
  ): Promise<OfficeProgressDTO[]> {
    const lineage = await componentLineage(this.dataSource.manager, query.componentId, 'componentId');
    const framework = await this.progress.readableFramework(actor, lineage.framework.id, 'componentId');
    const [period] = await this.periods([query.periodId], 'periodId');
    const scope = await this.progress.scope(actor, framework, period!, query);
    const rows = (await this.dataSource.query(
      OFFICE_PROGRESS_SQL,
      sqlParameters({ ...scope, measuredOfficeId: null }, lineage.indicator.id, lineage.component.id),
    )) as OfficeRow[];
    return rows.map((row) => {
      // One office's figures are the cross-office figures of a single office.
      const progress = computeProgress(
        {
          measure: lineage.measure,
          direction: lineage.indicator.direction,
          aggregation: lineage.indicator.aggregation,
          baselineValue: row.baselineValue,
          targetValue: row.targetValue,
          intermediateTargetValue: row.intermediateTargetValue,
          elapsedShare: elapsedShare(row.windowStart, row.windowEnd, period!.endDate),
          figures: {
            sumOfSums: row.sumValue,
            meanOfAverages: row.avgValue,
            meanOfLatest: row.latestValue,
            milestoneOffices: row.latestMilestone ? 1 : 0,
            milestoneAchievedOffices: row.latestMilestone === 'ACHIEVED' ? 1 : 0,
            leastAdvancedMilestone: row.latestMilestone,
            narrativeOffices: row.hasNarrative ? 1 : 0,
          },
        },
        this.config.progressThresholds,
      );
      return {
        officeId: row.officeId,
        officeCode: row.officeCode,
        officeName: row.officeName,
        label: componentLabel(lineage.component.position),
        milestoneStatus: row.latestMilestone,
        hasNarrative: row.hasNarrative,
        baselineValue: row.baselineValue,
        targetValue: row.targetValue,
        targetRevisionId: row.targetRevisionId,
        targetAppliesFrom: row.targetAppliesFrom,
        targetOfficeId: row.targetOfficeId,
        targetSource: row.targetSource,
        ...progress,
      };
    });
  }

  private async periods(ids: string[], field = 'periodIds'): Promise<ReportingPeriodEntity[]> {
    const periods = await this.dataSource.manager.find(ReportingPeriodEntity, {
      where: { id: In(ids.map(Number)) },
      order: { endDate: 'ASC', startDate: 'DESC' },
    });
    const missing = ids.filter((id) => !periods.some((period) => period.id === Number(id)));
    if (missing.length > 0) throw InputError.field(field, `no ReportingPeriod with id ${missing.join(', ')}`);
    return periods;
  }
}
