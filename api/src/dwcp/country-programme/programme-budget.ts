import type { EntityManager } from 'typeorm';
import type { FundingSource } from '#src/dwcp/plan-item/plan-item.enums.js';
import type { ReportStatus } from '#src/dwcp/progress-report/progress-report.enums.js';

/** One programme's budget and expenditure to date for one year and funding source. */
export interface ProgrammeBudgetRow {
  programmeId: number;
  countryCode: string;
  programmeTitle: string;
  year: number;
  planStatus: ReportStatus;
  fundingSource: FundingSource;
  budgetUsd: number;
  expenditureUsd: number;
}

/**
 * Budget and expenditure summed over the plans' leaf items: activities, and outputs with no
 * activity under them (an output's own figures would count its activities twice: ADR 0017).
 */
const BUDGET_SQL = `
SELECT cp.id AS "programmeId", cp.country_code AS "countryCode", cp.title AS "programmeTitle", p.year,
       p.status AS "planStatus", i.funding_source AS "fundingSource",
       COALESCE(SUM(i.budget_usd), 0)::float8 AS "budgetUsd", COALESCE(SUM(i.expenditure_usd), 0)::float8 AS "expenditureUsd"
  FROM plan_item i
  JOIN implementation_plan p ON p.id = i.plan_id
  JOIN country_programme cp ON cp.id = p.programme_id
 WHERE cp.id = ANY($1::int[]) AND NOT EXISTS (SELECT 1 FROM plan_item child WHERE child.parent_id = i.id)
 GROUP BY cp.id, p.id, i.funding_source
 ORDER BY cp.country_code, cp.id, p.year, i.funding_source`;

export function programmeBudgets(manager: EntityManager, programmeIds: number[]): Promise<ProgrammeBudgetRow[]> {
  return manager.query(BUDGET_SQL, [programmeIds]) as Promise<ProgrammeBudgetRow[]>;
}
