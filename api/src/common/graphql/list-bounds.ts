import type { DataSource } from 'typeorm';
import { MAX_PAGE_SIZE } from '#src/common/crud/list-args.js';
import { MAX_LIST } from '#src/common/validation/limits.js';
import { QueryLogger } from '#src/platform/database/query-logger.js';

/**
 * How many rows a list field can return, for the query cost model: either a fixed bound that the
 * code enforces (a validation limit, a LIMIT in the service), or the largest fan-out the data has
 * now, measured by one SQL statement (the most children any office has, the most lines any report
 * has...). Paged lists (`all*` with `perPage`) are priced from their arguments instead.
 */
export type ListBound = { rows: number; why: string } | { largestIn: string };

const largestGroup = (table: string, column: string) =>
  `SELECT count(*) FROM "${table}" GROUP BY "${column}" ORDER BY 1 DESC LIMIT 1`;

const COMPONENTS_OF_LARGEST_FRAMEWORK = `SELECT count(*) FROM indicator_component c
  JOIN indicator i ON i.id = c.indicator_id JOIN outcome o ON o.id = i.outcome_id
  GROUP BY o.framework_id ORDER BY 1 DESC LIMIT 1`;
const PROGRAMMES = 'SELECT count(*) FROM country_programme';
// A report is for one quarter, and a result's quarter lies inside its component's framework
// (result-rules.ts): a report carries results of the frameworks covering its quarter only, never of
// every version of a framework at once.
const COMPONENTS_OF_A_QUARTER = `SELECT count(*) FROM indicator_component c
  JOIN indicator i ON i.id = c.indicator_id JOIN outcome o ON o.id = i.outcome_id
  JOIN results_framework f ON f.id = o.framework_id
  JOIN reporting_period p ON p.kind = 'QUARTER' AND p.start_date >= f.start_date AND p.end_date <= f.end_date
  GROUP BY p.id ORDER BY 1 DESC LIMIT 1`;

/** Every list of objects the schema has outside the paged `all*` lists, by `Type.field`. */
export const LIST_BOUNDS: Record<string, ListBound> = {
  'Query.componentOfficeProgress': { largestIn: 'SELECT count(*) FROM office' },
  'Query.indicatorProgress': { largestIn: COMPONENTS_OF_LARGEST_FRAMEWORK },
  'Query.indicatorProgressTrend': { rows: 16 * 20, why: 'at most 16 periods of an indicator of at most 20 parts' },
  'Query.myNotifications': { rows: 200, why: 'NotificationService lists at most 200' },
  'Query.myReportingTasks': { largestIn: PROGRAMMES },
  'Query.targetRevisions': { largestIn: largestGroup('target_revision', 'component_id') },
  'AuditEntry.changes': {
    largestIn: `SELECT count(*) FROM information_schema.columns WHERE table_schema = current_schema()
                 GROUP BY table_name ORDER BY 1 DESC LIMIT 1`,
  },
  'CommunityOfPractice.discussions': { largestIn: largestGroup('cop_discussion', 'community_id') },
  'CommunityOfPractice.membershipTargets': { largestIn: largestGroup('cop_membership_target', 'community_id') },
  'CountryProgramme.budgets': {
    largestIn: `SELECT 4 * count(*) FROM implementation_plan GROUP BY programme_id ORDER BY 1 DESC LIMIT 1`,
  },
  'ImplementationPlan.items': { largestIn: largestGroup('plan_item', 'plan_id') },
  'Indicator.components': { largestIn: largestGroup('indicator_component', 'indicator_id') },
  'IndicatorComponent.kmMilestones': { largestIn: largestGroup('km_milestone_component', 'component_id') },
  'IndicatorComponent.intermediateTargets': { largestIn: largestGroup('intermediate_target', 'component_id') },
  'IndicatorResult.disaggregations': { rows: MAX_LIST, why: 'a result lists at most MAX_LIST values' },
  'KmMilestone.components': { largestIn: largestGroup('km_milestone_component', 'milestone_id') },
  'Office.children': { largestIn: largestGroup('office', 'parent_id') },
  'Outcome.indicators': { largestIn: largestGroup('indicator', 'outcome_id') },
  'ProgrammeCompliance.cells': { rows: 40, why: 'reportingCompliance names at most 40 periods' },
  // A change per narrative field, per changed field of a line (4) and of a result (5).
  'ProgressReport.changesSinceReturn': {
    largestIn: `SELECT 3 + 4 * coalesce((${largestGroup('progress_report_line', 'report_id')}), 0)
                  + 5 * coalesce((${COMPONENTS_OF_A_QUARTER}), 0)`,
  },
  'ProgressReport.dueComponents': { largestIn: COMPONENTS_OF_LARGEST_FRAMEWORK },
  'ProgressReport.lines': { largestIn: largestGroup('progress_report_line', 'report_id') },
  // One result per component, office and quarter: no report carries more than its quarter has components.
  'ProgressReport.results': { largestIn: COMPONENTS_OF_A_QUARTER },
  'QuarterlyUpdate.criticalIssues': { largestIn: largestGroup('critical_issue', 'update_id') },
  'QuarterlyUpdate.keyContacts': { largestIn: largestGroup('key_contact', 'update_id') },
  'QuarterlyUpdate.milestones': { largestIn: largestGroup('km_milestone', 'office_id') },
  'QuarterlyUpdate.workAreaStatuses': { largestIn: largestGroup('work_area', 'office_id') },
  'ResultsFramework.outcomes': { largestIn: largestGroup('outcome', 'framework_id') },
  'ReportingCompliance.periods': { rows: 40, why: 'reportingCompliance names at most 40 periods' },
  'ReportingCompliance.programmes': { largestIn: PROGRAMMES },
  'User.offices': { largestIn: 'SELECT coalesce(max(cardinality(office_ids)), 0) FROM app_user' },
  'WorkArea.statuses': { largestIn: largestGroup('work_area_status', 'work_area_id') },
};

/** How long a measured bound is used before it is measured again (in the background). */
const REMEASURE_AFTER_MS = 60_000;
/** After a failed measurement (database busy or not migrated yet), how soon to try again. */
const RETRY_AFTER_MS = 5_000;

/**
 * The measured bounds, kept up to date: the first request measures them, later ones use the last
 * figures while a background refresh runs once a minute. A bound that cannot be measured (a table
 * not migrated yet) counts as a full page, never as one row.
 */
export class ListBounds {
  private measured = new Map<string, number>();
  private measuredAt = 0;
  private measuring?: Promise<void>;

  constructor(
    private readonly dataSource: DataSource,
    private readonly bounds: Record<string, ListBound> = LIST_BOUNDS,
  ) {}

  /** The bounds, measured at most a minute ago (waits only for the very first measurement). */
  async current(): Promise<(coordinate: string) => number> {
    if (this.measuredAt === 0) await this.measure();
    else if (Date.now() - this.measuredAt > REMEASURE_AFTER_MS) void QueryLogger.uncounted(() => this.measure());
    return (coordinate) => this.rowsOf(coordinate);
  }

  rowsOf(coordinate: string): number {
    const bound = this.bounds[coordinate];
    if (!bound) return MAX_PAGE_SIZE;
    if ('rows' in bound) return bound.rows;
    return Math.max(1, this.measured.get(coordinate) ?? MAX_PAGE_SIZE);
  }

  private measure(): Promise<void> {
    this.measuring ??= (async () => {
      const figures = new Map(this.measured);
      // Lists measured by the same statement share its answer: each statement runs once.
      const answers = new Map<string, number>();
      let failed = false;
      for (const [coordinate, bound] of Object.entries(this.bounds)) {
        if (!('largestIn' in bound)) continue;
        try {
          let answer = answers.get(bound.largestIn);
          if (answer === undefined) {
            const [row] = (await this.dataSource.query(bound.largestIn)) as Record<string, unknown>[];
            answer = Number(Object.values(row ?? {})[0] ?? 0);
            answers.set(bound.largestIn, answer);
          }
          figures.set(coordinate, answer);
        } catch {
          // Not measurable now: the last figure stands (a full page if there is none) until the retry.
          failed = true;
        }
      }
      this.measured = figures;
      this.measuredAt = Date.now() - (failed ? REMEASURE_AFTER_MS - RETRY_AFTER_MS : 0);
    })().finally(() => {
      this.measuring = undefined;
    });
    return this.measuring;
  }
}
