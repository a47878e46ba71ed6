import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager, type SelectQueryBuilder } from 'typeorm';
import { AuditLog } from '#src/platform/audit/audit-log.service.js';
import type { Role } from '#src/platform/auth/role.enum.js';
import type { Actor } from '#src/platform/auth/actor.js';
import { parseId } from '#src/common/crud/id.util.js';
import { CrudService } from '#src/common/crud/crud.service.js';
import { assignGiven, findReference } from '#src/common/crud/reference.util.js';
import { ConflictError } from '#src/common/errors/conflict.error.js';
import { InputError } from '#src/common/errors/input.error.js';
import { findInReach } from '#src/common/scope/reach.js';
import { PLAN_ITEM, PROGRAMME } from '#src/dwcp/dwcp-references.js';
import { assertWritableOffice, officeScoped } from '#src/common/scope/office-scope.js';
import { ImplementationPlanEntity } from '#src/dwcp/implementation-plan/implementation-plan.entity.js';
import type { CreateProgressReportArgs } from '#src/dwcp/progress-report/dto/create-progress-report.args.js';
import type { UpdateProgressReportArgs } from '#src/dwcp/progress-report/dto/update-progress-report.args.js';
import { ProgressReportLineEntity } from '#src/dwcp/progress-report/progress-report-line.entity.js';
import { ProgressReportEntity } from '#src/dwcp/progress-report/progress-report.entity.js';
import { ReportAction, ReportStatus } from '#src/dwcp/progress-report/progress-report.enums.js';
import { checkTransition } from '#src/dwcp/progress-report/progress-report.workflow.js';
import { saveReportResults } from '#src/dwcp/progress-report/report-results.js';
import { ReportingPeriodEntity } from '#src/platform/reporting-period/reporting-period.entity.js';
import { PeriodKind, PeriodStatus } from '#src/platform/reporting-period/reporting-period.enums.js';

const lineValues = (line: ProgressReportLineEntity) => [
  line.status,
  line.percentComplete,
  line.narrative,
  line.challenges,
];

export type ReportChanges = Omit<UpdateProgressReportArgs, 'id'>;

@Injectable()
export class ProgressReportService extends CrudService<ProgressReportEntity, CreateProgressReportArgs, ReportChanges> {
  constructor(dataSource: DataSource, audit: AuditLog) {
    super(dataSource, audit, {
      entity: ProgressReportEntity,
      label: 'ProgressReport',
      searchFields: [
        'office.code',
        'office.name',
        'period.code',
        'programme.title',
        'programme.countryCode',
        'achievements',
        'challenges',
        'nextSteps',
      ],
      defaultSort: { field: 'periodId', order: 'DESC' },
    });
  }

  /** A line's history is read under its report's rule (and is part of the report's trail). */
  override registerHistoryReader(roles: readonly Role[]): void {
    super.registerHistoryReader(roles);
    this.audit.registerReader('ProgressReportLine', roles, async (actor, id) => {
      const line = await this.dataSource.manager.findOneBy(ProgressReportLineEntity, { id: parseId(id, 'entityId') });
      return line !== null && (await this.findOne(actor, String(line.reportId))) !== null;
    });
  }

  protected override async applyReadScope(qb: SelectQueryBuilder<ProgressReportEntity>, actor: Actor): Promise<void> {
    officeScoped(qb, actor);
  }

  protected async buildNew(manager: EntityManager, input: CreateProgressReportArgs, actor: Actor) {
    const programme = await findInReach(manager, actor, PROGRAMME, input.programmeId, 'programmeId');
    assertWritableOffice(actor, programme.officeId, 'programmeId', 'the reports');
    const period = await findReference(manager, ReportingPeriodEntity, input.periodId, 'periodId', 'ReportingPeriod');
    if (period.kind !== PeriodKind.QUARTER)
      throw InputError.field('periodId', `reports are quarterly; ${period.code} is a ${period.kind}`);
    const year = Number(period.code.slice(0, 4));
    if (year < programme.startYear || year > programme.endYear) {
      throw InputError.field(
        'periodId',
        `${period.code} lies outside the programme (${programme.startYear}-${programme.endYear})`,
      );
    }
    const check = checkTransition(ReportStatus.DRAFT, ReportAction.EDIT, period.status);
    if (!check.allowed) throw InputError.field('periodId', check.reason);
    if (await manager.existsBy(ProgressReportEntity, { programmeId: programme.id, periodId: period.id })) {
      throw new ConflictError('periodId', `the programme already has a report for ${period.code}`);
    }
    if (!(await manager.existsBy(ImplementationPlanEntity, { programmeId: programme.id, year }))) {
      throw InputError.field('periodId', `the programme has no implementation plan for ${year}`);
    }
    return {
      programmeId: programme.id,
      periodId: period.id,
      officeId: programme.officeId,
      status: ReportStatus.DRAFT,
      version: 1,
    };
  }

  /** A new report has a line for every plan item under way during its quarter. */
  protected override async insert(manager: EntityManager, input: CreateProgressReportArgs, actor: Actor) {
    const report = await manager.save(
      ProgressReportEntity,
      (await this.buildNew(manager, input, actor)) as ProgressReportEntity,
    );
    const items = (await manager.query(
      `SELECT i.id FROM plan_item i
         JOIN implementation_plan p ON p.id = i.plan_id
         JOIN reporting_period s ON s.id = i.start_period_id
         JOIN reporting_period e ON e.id = i.end_period_id
         JOIN reporting_period q ON q.id = $2
        WHERE p.programme_id = $1 AND s.start_date <= q.end_date AND e.end_date >= q.start_date
        ORDER BY i.code`,
      [report.programmeId, report.periodId],
    )) as { id: number }[];
    await manager.save(
      ProgressReportLineEntity,
      items.map((item) => ({ reportId: report.id, planItemId: item.id })),
    );
    return report;
  }

  protected async applyChanges(): Promise<void> {
    throw new Error('ProgressReportService saves through update()');
  }

  /** Saves narrative, lines and results together, if nobody saved since `version`. */
  override update(actor: Actor, id: string, changes: ReportChanges): Promise<ProgressReportEntity> {
    return this.write(actor, (manager) => this.updateIn(manager, actor, id, changes));
  }

  /**
   * update() inside a transaction the caller holds (and has named the actor of, AuditLog.actAs),
   * e.g. an import saving several reports at once. A save that changes nothing keeps the version.
   */
  async updateIn(
    manager: EntityManager,
    actor: Actor,
    id: string,
    changes: ReportChanges,
  ): Promise<ProgressReportEntity> {
    const report = await this.lockForChange(manager, actor, id, ReportAction.EDIT);
    if (changes.version !== report.version) {
      throw new ConflictError(
        'version',
        `someone saved this report since you opened it (version ${report.version}, yours ${changes.version}): reload it`,
      );
    }
    const narrative = { achievements: report.achievements, challenges: report.challenges, nextSteps: report.nextSteps };
    assignGiven(report, {
      achievements: changes.achievements,
      challenges: changes.challenges,
      nextSteps: changes.nextSteps,
    });
    const narrativeChanged = Object.entries(narrative).some(
      ([field, value]) => report[field as keyof typeof narrative] !== value,
    );
    const linesChanged = await this.saveLines(manager, actor, report, changes.lines ?? []);
    const period = await manager.findOneByOrFail(ReportingPeriodEntity, { id: report.periodId });
    const resultsChanged = await saveReportResults(manager, report, period, changes.results ?? []);
    if (!narrativeChanged && linesChanged === 0 && resultsChanged === 0) return report;
    report.version += 1;
    return manager.save(ProgressReportEntity, report);
  }

  protected override async assertDeletable(manager: EntityManager, report: ProgressReportEntity, actor: Actor) {
    assertWritableOffice(actor, report.officeId, 'id', 'the reports');
    if (report.status !== ReportStatus.DRAFT)
      throw new ConflictError('id', `a ${report.status} report cannot be deleted`);
    const period = await manager.findOneByOrFail(ReportingPeriodEntity, { id: report.periodId });
    if (period.status === PeriodStatus.LOCKED) throw InputError.field('id', 'the period is LOCKED: nothing can change');
    // Its lines and results, never reviewed, go with it by cascade (each deletion audited as CASCADE).
  }

  /** Row-locks a report the actor may see, for the rest of the transaction. */
  lock(manager: EntityManager, actor: Actor, id: string): Promise<ProgressReportEntity> {
    return this.lockExisting(manager, actor, id, 'id');
  }

  /** Refuses `action` unless the workflow table and the period allow it, and the office is the actor's to edit. */
  async assertAllowed(
    manager: EntityManager,
    actor: Actor,
    report: ProgressReportEntity,
    action: ReportAction,
  ): Promise<void> {
    if (action === ReportAction.EDIT || action === ReportAction.SUBMIT)
      assertWritableOffice(actor, report.officeId, 'id', 'the reports');
    const period = await manager.findOneByOrFail(ReportingPeriodEntity, { id: report.periodId });
    const check = checkTransition(report.status, action, period.status as PeriodStatus);
    if (!check.allowed) throw InputError.field('id', check.reason);
  }

  async lockForChange(
    manager: EntityManager,
    actor: Actor,
    id: string,
    action: ReportAction,
  ): Promise<ProgressReportEntity> {
    const report = await this.lock(manager, actor, id);
    await this.assertAllowed(manager, actor, report, action);
    return report;
  }

  /** Saves the lines given; returns how many of them changed. */
  private async saveLines(
    manager: EntityManager,
    actor: Actor,
    report: ProgressReportEntity,
    inputs: UpdateProgressReportArgs['lines'] & object,
  ): Promise<number> {
    if (inputs.length === 0) return 0;
    const lines = await manager.findBy(ProgressReportLineEntity, { reportId: report.id });
    const byItem = new Map(lines.map((line) => [line.planItemId, line]));
    const changed = new Set<ProgressReportLineEntity>();
    for (const [index, input] of inputs.entries()) {
      const line = byItem.get(Number(input.planItemId));
      if (!line) {
        // An item out of reach is one that does not exist; one in reach is not named either.
        const field = `lines[${index}].planItemId`;
        await findInReach(manager, actor, PLAN_ITEM, input.planItemId, field);
        throw InputError.field(field, "is not an item of this report's plan and quarter");
      }
      const before = JSON.stringify(lineValues(line));
      assignGiven(line, {
        status: input.status,
        percentComplete: input.percentComplete,
        narrative: input.narrative,
        challenges: input.challenges,
      });
      if (JSON.stringify(lineValues(line)) !== before) changed.add(line);
    }
    if (changed.size === 0) return 0;
    // One statement for all lines: an imported template can carry thousands of them.
    const rows = [...changed];
    await manager.query(
      `UPDATE progress_report_line l
          SET status = v.status, percent_complete = v.percent_complete, narrative = v.narrative,
              challenges = v.challenges, updated_at = now()
         FROM unnest($1::int[], $2::line_status[], $3::numeric[], $4::text[], $5::text[])
              AS v(id, status, percent_complete, narrative, challenges)
        WHERE l.id = v.id`,
      [
        rows.map((line) => line.id),
        rows.map((line) => line.status),
        rows.map((line) => line.percentComplete),
        rows.map((line) => line.narrative),
        rows.map((line) => line.challenges),
      ],
    );
    return rows.length;
  }
}
