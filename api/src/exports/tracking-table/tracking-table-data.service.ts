import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Actor } from '#src/platform/auth/actor.js';
import { findReference } from '#src/common/crud/reference.util.js';
import { InputError } from '#src/common/errors/input.error.js';
import type { ComponentProgressDTO } from '#src/results/progress/dto/component-progress.dto.js';
import { officesInReach } from '#src/common/scope/offices-in-reach.js';
import { programmeBudgets, type ProgrammeBudgetRow } from '#src/dwcp/country-programme/programme-budget.js';
import { ProgressService } from '#src/results/progress/progress.service.js';
import { ReportingPeriodEntity } from '#src/platform/reporting-period/reporting-period.entity.js';
import { PeriodKind } from '#src/platform/reporting-period/reporting-period.enums.js';

/** At most this many quarters in one table: eight years. */
const MAX_QUARTERS = 32;

export interface TrackingQuery {
  frameworkId: string;
  officeId?: string;
  fromPeriodId: string;
  toPeriodId: string;
}

export interface TrackingContent {
  frameworkTitle: string;
  officeCode: string | null;
  quarters: ReportingPeriodEntity[];
  /** Each quarter's progress rows, in the framework's order. */
  progress: Map<number, readonly ComponentProgressDTO[]>;
  /** Summed disaggregations per component, quarter, dimension and category. */
  disaggregations: { componentId: number; periodId: number; dimension: string; category: string; value: number }[];
  /** Budget vs expenditure of the programmes of the offices in scope, in the years of the quarters. */
  budgets: ProgrammeBudgetRow[];
}

// The quarter's own results that count (approved reports, or entered outside reports), broken down.
const DISAGGREGATIONS_SQL = `
SELECT r.component_id AS "componentId", r.period_id AS "periodId", d->>'dimension' AS dimension,
       d->>'category' AS category, SUM((d->>'value')::numeric) AS value
  FROM indicator_result r
  JOIN indicator_component c ON c.id = r.component_id
  JOIN indicator i ON i.id = c.indicator_id
  JOIN outcome o ON o.id = i.outcome_id AND o.framework_id = $3
  CROSS JOIN LATERAL jsonb_array_elements(r.disaggregations) d
  LEFT JOIN progress_report report ON report.id = r.report_id
 WHERE r.period_id = ANY($1::int[]) AND ($2::int[] IS NULL OR r.office_id = ANY($2::int[]))
   AND (r.report_id IS NULL OR report.status = 'APPROVED')
 GROUP BY 1, 2, 3, 4
 ORDER BY 1, 3, 4, 2`;

/** The indicator performance tracking table: every component of a framework, quarter by quarter. */
@Injectable()
export class TrackingTableData {
  constructor(
    private readonly dataSource: DataSource,
    private readonly progress: ProgressService,
  ) {}

  async load(actor: Actor, query: TrackingQuery): Promise<TrackingContent> {
    const framework = await this.progress.readableFramework(actor, query.frameworkId);
    const manager = this.dataSource.manager;
    const from = await findReference(
      manager,
      ReportingPeriodEntity,
      query.fromPeriodId,
      'fromPeriodId',
      'ReportingPeriod',
    );
    const to = await findReference(manager, ReportingPeriodEntity, query.toPeriodId, 'toPeriodId', 'ReportingPeriod');
    if (to.endDate < from.startDate) throw InputError.field('toPeriodId', `${to.code} comes before ${from.code}`);
    const quarters = await manager
      .createQueryBuilder(ReportingPeriodEntity, 'p')
      .where('p.kind = :kind', { kind: PeriodKind.QUARTER })
      .andWhere('p.startDate >= :start AND p.endDate <= :end', { start: from.startDate, end: to.endDate })
      .orderBy('p.startDate')
      .getMany();
    if (quarters.length === 0) throw InputError.field('toPeriodId', `no quarter lies in ${from.code} - ${to.code}`);
    if (quarters.length > MAX_QUARTERS) {
      throw InputError.field('toPeriodId', `${quarters.length} quarters: a table holds at most ${MAX_QUARTERS}`);
    }
    // Who and what counts does not depend on the quarter: work it out once.
    const scope = await this.progress.scope(actor, framework, quarters[0]!, { officeId: query.officeId ?? null });
    // The quarters are independent statements: the pool runs them side by side.
    const [figures, disaggregations] = await Promise.all([
      Promise.all(quarters.map((quarter) => this.progress.progressIn({ ...scope, period: quarter }))),
      manager.query(DISAGGREGATIONS_SQL, [quarters.map((q) => q.id), scope.officeIds, framework.id]) as Promise<
        TrackingContent['disaggregations']
      >,
    ]);
    const progress = new Map(quarters.map((quarter, index) => [quarter.id, figures[index]!]));
    const office = query.officeId
      ? await manager.query('SELECT code FROM office WHERE id = $1', [Number(query.officeId)])
      : [];
    const budgetOffices = await officesInReach(manager, actor, query.officeId ?? null);
    const years = [Number(quarters[0]!.code.slice(0, 4)), Number(quarters.at(-1)!.code.slice(0, 4))];
    const programmes = (await manager.query(
      `SELECT id FROM country_programme WHERE ($1::int[] IS NULL OR office_id = ANY($1::int[]))`,
      [budgetOffices],
    )) as { id: number }[];
    const budgets = (
      await programmeBudgets(
        manager,
        programmes.map((programme) => programme.id),
      )
    ).filter((row) => row.year >= years[0]! && row.year <= years[1]!);
    return {
      budgets,
      frameworkTitle: framework.title,
      officeCode: (office as { code: string }[])[0]?.code ?? null,
      quarters,
      progress,
      disaggregations,
    };
  }
}
