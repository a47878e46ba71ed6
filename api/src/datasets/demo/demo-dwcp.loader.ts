import type { EntityManager } from 'typeorm';
import { componentLabel } from '#src/results/indicator-component/component-rules.js';
import { CountryProgrammeEntity } from '#src/dwcp/country-programme/country-programme.entity.js';
import { DEMO_DWCPS } from '#src/datasets/demo/data/dwcp.data.js';
import { IndicatorResultEntity } from '#src/results/indicator-result/indicator-result.entity.js';
import { ImplementationPlanEntity } from '#src/dwcp/implementation-plan/implementation-plan.entity.js';
import { PlanItemEntity } from '#src/dwcp/plan-item/plan-item.entity.js';
import { ProgrammeOutcomeEntity } from '#src/dwcp/programme-outcome/programme-outcome.entity.js';
import { ProgressReportLineEntity } from '#src/dwcp/progress-report/progress-report-line.entity.js';
import { ProgressReportEntity } from '#src/dwcp/progress-report/progress-report.entity.js';
import { ReportAction, ReportStatus } from '#src/dwcp/progress-report/progress-report.enums.js';
import { carryForward } from '#src/dwcp/progress-report/carried-forward.js';
import { ReportSnapshotEntity } from '#src/dwcp/progress-report/report-snapshot.entity.js';
import type { AuditLog } from '#src/platform/audit/audit-log.service.js';
import type { Actor } from '#src/platform/auth/actor.js';
import { stepDemoPlan } from '#src/datasets/demo/demo-plan-workflow.js';

export interface DemoIds {
  offices: Map<string, number>;
  periods: Map<string, { id: number; dueDate: string }>;
  /** Knowledge-strategy outcome ids by number. */
  frameworkOutcomes: Map<number, number>;
  /** The demo users who submit and review, by office code. */
  submitterByOffice: Map<string, number>;
  reviewer: number;
  audit: AuditLog;
  /** Who submits the plans of offices that have no programme officer, and who reviews them. */
  planSubmitter: Actor;
  planReviewer: Actor;
}

/** The demo DWCPs: programmes, their 2009 plans, and reports in every state of the workflow. */
export async function insertDemoDwcps(manager: EntityManager, ids: DemoIds): Promise<void> {
  const components = await componentsByCode(manager);
  for (const dwcp of DEMO_DWCPS) {
    const officeId = ids.offices.get(dwcp.officeCode)!;
    const programme = await manager.save(CountryProgrammeEntity, {
      officeId,
      countryCode: dwcp.countryCode,
      title: dwcp.title,
      startYear: dwcp.startYear,
      endYear: dwcp.endYear,
    });
    const outcomes = new Map<string, number>();
    for (const outcome of dwcp.outcomes) {
      const saved = await manager.save(ProgrammeOutcomeEntity, {
        programmeId: programme.id,
        code: outcome.code,
        title: outcome.title,
        description: null,
        frameworkOutcomeIds: outcome.frameworkOutcome ? [ids.frameworkOutcomes.get(outcome.frameworkOutcome)!] : [],
      });
      outcomes.set(outcome.code, saved.id);
    }
    // Drafted here; submitted and reviewed through the plan workflow once its items are in (below).
    const plan = await manager.save(ImplementationPlanEntity, {
      programmeId: programme.id,
      year: 2009,
      notes: null,
      status: ReportStatus.DRAFT,
    });
    const items = new Map<string, number>();
    for (const item of dwcp.items) {
      const saved = await manager.save(PlanItemEntity, {
        planId: plan.id,
        programmeOutcomeId: outcomes.get(item.outcome)!,
        kind: item.kind,
        code: item.code,
        title: item.title,
        description: null,
        responsible: dwcp.officeCode,
        startPeriodId: ids.periods.get(item.from)!.id,
        endPeriodId: ids.periods.get(item.to)!.id,
        fundingSource: item.funding,
        budgetUsd: item.budgetUsd,
        expenditureUsd: item.expenditureUsd ?? null,
        parentId: item.parent ? items.get(item.parent)! : null,
        componentIds: item.components.map((code) => components.get(code)!),
        knowledgeSharing: item.knowledgeSharing,
      });
      items.set(item.code, saved.id);
    }
    const planStatus = dwcp.planStatus ?? ReportStatus.DRAFT;
    if (planStatus !== ReportStatus.DRAFT) {
      await stepDemoPlan(manager, ids.audit, plan, ReportAction.SUBMIT, ids.planSubmitter);
      if (planStatus !== ReportStatus.SUBMITTED)
        await stepDemoPlan(manager, ids.audit, plan, actionFor(planStatus), ids.planReviewer);
    }
    for (const report of dwcp.reports) {
      const period = ids.periods.get(report.period)!;
      const submitted = report.status !== ReportStatus.DRAFT ? new Date(`${period.dueDate}T09:00:00Z`) : null;
      const reviewed = report.status === ReportStatus.APPROVED || report.status === ReportStatus.RETURNED;
      const saved = await manager.save(ProgressReportEntity, {
        programmeId: programme.id,
        periodId: period.id,
        officeId,
        status: report.status,
        achievements: report.achievements,
        returnReason: report.returnReason ?? null,
        firstSubmittedAt: submitted,
        submittedAt: submitted,
        submittedById: submitted ? (ids.submitterByOffice.get(dwcp.officeCode) ?? null) : null,
        reviewedAt: reviewed ? submitted : null,
        reviewedById: reviewed ? ids.reviewer : null,
      });
      await manager.save(
        ProgressReportLineEntity,
        Object.entries(report.lines).map(([code, [status, percent]]) => ({
          reportId: saved.id,
          planItemId: items.get(code)!,
          status,
          percentComplete: percent,
          flagged: report.flag?.[0] === code,
          reviewerComment: report.flag?.[0] === code ? report.flag[1] : null,
        })),
      );
      const results = Object.entries(report.results ?? {}).map(([code, figure]) => ({
        componentId: components.get(code)!,
        periodId: period.id,
        officeId,
        reportId: saved.id,
        value: typeof figure === 'number' ? figure : null,
        milestoneStatus: typeof figure === 'number' ? null : figure,
        narrative: null,
        evidenceLinks: [],
        disaggregations: [],
        flagged: report.resultFlag?.[0] === code,
        reviewerComment: report.resultFlag?.[0] === code ? report.resultFlag[1] : null,
      }));
      await manager.save(IndicatorResultEntity, results);
      if (report.carriedForward) await carryForward(manager, saved);
      const content = {
        achievements: report.achievements,
        challenges: null,
        nextSteps: null,
        lines: Object.fromEntries(
          Object.entries(report.lines).map(([code, [status, percent]]) => [
            code,
            { status, percentComplete: percent, narrative: null, challenges: null },
          ]),
        ),
        results: Object.fromEntries(
          results.map(({ componentId, value, narrative, milestoneStatus, evidenceLinks, disaggregations }) => [
            String(componentId),
            { value, narrative, milestoneStatus, evidenceLinks, disaggregations },
          ]),
        ),
      };
      const events =
        report.status === ReportStatus.DRAFT
          ? []
          : report.status === ReportStatus.SUBMITTED
            ? ['SUBMITTED']
            : ['SUBMITTED', report.status];
      for (const event of events) {
        await manager.insert(ReportSnapshotEntity, {
          reportId: saved.id,
          event,
          version: 1,
          byUserId: null,
          content: content as never,
        });
      }
    }
  }
}

function actionFor(status: ReportStatus): ReportAction.APPROVE | ReportAction.RETURN {
  if (status === ReportStatus.APPROVED) return ReportAction.APPROVE;
  if (status === ReportStatus.RETURNED) return ReportAction.RETURN;
  throw new Error(`a demo plan cannot be left ${status}`);
}

/** The knowledge strategy's components by indicator code and label, as "4.2 (i)". */
export async function componentsByCode(manager: EntityManager): Promise<Map<string, number>> {
  const rows = (await manager.query(
    'SELECT c.id, i.code, c.position FROM indicator_component c JOIN indicator i ON i.id = c.indicator_id',
  )) as { id: number; code: string; position: number }[];
  return new Map(rows.map((row) => [`${row.code} ${componentLabel(row.position)}`, row.id]));
}
