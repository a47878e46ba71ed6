import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager, type SelectQueryBuilder } from 'typeorm';
import { parseId } from '#src/common/crud/id.util.js';
import { AuditLog } from '#src/platform/audit/audit-log.service.js';
import type { Actor } from '#src/platform/auth/actor.js';
import { CrudService } from '#src/common/crud/crud.service.js';
import { assignGiven, findReference } from '#src/common/crud/reference.util.js';
import { ConflictError } from '#src/common/errors/conflict.error.js';
import { Role } from '#src/platform/auth/role.enum.js';
import { publishedOnlyForViewers } from '#src/results/results-framework/published-scope.js';
import { assertWritableOffice, officeScoped } from '#src/common/scope/office-scope.js';
import { InputError } from '#src/common/errors/input.error.js';
import type { CreateIndicatorResultArgs } from '#src/results/indicator-result/dto/create-indicator-result.args.js';
import type { UpdateIndicatorResultArgs } from '#src/results/indicator-result/dto/update-indicator-result.args.js';
import { IndicatorResultEntity } from '#src/results/indicator-result/indicator-result.entity.js';
import {
  periodOutsideFramework,
  resultProblems,
  toDisaggregations,
} from '#src/results/indicator-result/result-rules.js';
import { previousValue } from '#src/results/indicator-result/previous-value.js';
import { componentLineage, type ComponentLineage } from '#src/results/indicator/indicator-lineage.util.js';
import { OfficeEntity } from '#src/platform/office/office.entity.js';
import { ReportingPeriodEntity } from '#src/platform/reporting-period/reporting-period.entity.js';
import { PeriodStatus } from '#src/platform/reporting-period/reporting-period.enums.js';

type ResultChanges = Omit<UpdateIndicatorResultArgs, 'id'>;

/** A result entered through a progress report changes only through that report and its review. */
function assertNotInReport(result: IndicatorResultEntity): void {
  if (result.reportId !== null) {
    throw new ConflictError('id', `the result belongs to progress report ${result.reportId}: change it there`);
  }
}

@Injectable()
export class IndicatorResultService extends CrudService<
  IndicatorResultEntity,
  CreateIndicatorResultArgs,
  ResultChanges
> {
  constructor(dataSource: DataSource, audit: AuditLog) {
    super(dataSource, audit, {
      entity: IndicatorResultEntity,
      label: 'IndicatorResult',
      searchFields: [
        'office.code',
        'office.name',
        'period.code',
        'component.indicator.code',
        'component.indicator.title',
        'narrative',
      ],
      defaultSort: { field: 'id', order: 'ASC' },
      filterHandlers: {
        indicatorId: (qb, value, parameter) =>
          qb.innerJoin('e.component', 'filter_component').andWhere(`filter_component.indicatorId = :${parameter}`, {
            [parameter]: parseId(value as string, 'filter.indicatorId'),
          }),
        frameworkId: (qb, value, parameter) =>
          qb
            .innerJoin('e.component', 'framework_component')
            .innerJoin('framework_component.indicator', 'framework_indicator')
            .innerJoin('framework_indicator.outcome', 'framework_outcome')
            .andWhere(`framework_outcome.frameworkId = :${parameter}`, {
              [parameter]: parseId(value as string, 'filter.frameworkId'),
            }),
      },
    });
  }

  /** Results of the offices the actor may read (see Actor.readableOfficeIds). */
  protected override async applyReadScope(qb: SelectQueryBuilder<IndicatorResultEntity>, actor: Actor): Promise<void> {
    if (actor.role === Role.VIEWER) {
      // Viewers read approved results (or those KM staff entered) of published frameworks, from any office.
      publishedOnlyForViewers(qb, actor, ['component', 'indicator', 'outcome', 'framework']);
      qb.leftJoin('e.report', 'viewer_report').andWhere(`(e.reportId IS NULL OR viewer_report.status = 'APPROVED')`);
      return;
    }
    officeScoped(qb, actor);
  }

  protected async buildNew(
    manager: EntityManager,
    input: CreateIndicatorResultArgs,
    actor: Actor,
  ): Promise<Partial<IndicatorResultEntity>> {
    const lineage = await componentLineage(manager, input.componentId, 'componentId');
    const period = await this.openPeriodOf(manager, input.periodId, 'periodId');
    this.checkWithinFramework(period, lineage);
    const office = await findReference(manager, OfficeEntity, input.officeId, 'officeId', 'Office');
    assertWritableOffice(actor, office.id, 'officeId', 'the results', `you may not report results for ${office.code}`);
    const existing = await manager.findOneBy(IndicatorResultEntity, {
      componentId: lineage.component.id,
      periodId: period.id,
      officeId: office.id,
    });
    if (existing) {
      throw new ConflictError(
        'componentId',
        `${office.code} already reported this component for ${period.code} (result ${existing.id})`,
      );
    }
    const result = {
      componentId: lineage.component.id,
      periodId: period.id,
      officeId: office.id,
      value: input.value ?? null,
      narrative: input.narrative ?? null,
      milestoneStatus: input.milestoneStatus ?? null,
      evidenceLinks: input.evidenceLinks ?? [],
      disaggregations: toDisaggregations(input.disaggregations),
    };
    await this.checkValues(manager, lineage, result);
    return result;
  }

  protected async applyChanges(
    manager: EntityManager,
    result: IndicatorResultEntity,
    changes: ResultChanges,
    actor: Actor,
  ): Promise<void> {
    assertWritableOffice(actor, result.officeId, 'id', 'the results');
    assertNotInReport(result);
    await this.openPeriodOf(manager, result.periodId, 'id');
    const lineage = await componentLineage(manager, result.componentId, 'id');
    assignGiven(result, {
      value: changes.value,
      narrative: changes.narrative,
      milestoneStatus: changes.milestoneStatus,
      evidenceLinks: changes.evidenceLinks === null ? [] : changes.evidenceLinks,
      disaggregations: changes.disaggregations === undefined ? undefined : toDisaggregations(changes.disaggregations),
    });
    await this.checkValues(manager, lineage, result);
  }

  protected override async assertDeletable(
    manager: EntityManager,
    result: IndicatorResultEntity,
    actor: Actor,
  ): Promise<void> {
    assertWritableOffice(actor, result.officeId, 'id', 'the results');
    assertNotInReport(result);
    await this.openPeriodOf(manager, result.periodId, 'id');
  }

  /** Results are entered, changed and removed only while their period is open. */
  private async openPeriodOf(manager: EntityManager, periodId: string | number, field: string) {
    const period = await findReference(manager, ReportingPeriodEntity, periodId, field, 'ReportingPeriod');
    if (period.status !== PeriodStatus.OPEN) {
      throw InputError.field(field, `period ${period.code} is ${period.status}; results change only in open periods`);
    }
    return period;
  }

  private checkWithinFramework(period: ReportingPeriodEntity, { framework }: ComponentLineage): void {
    const problem = periodOutsideFramework(period, framework);
    if (problem) throw InputError.field('periodId', problem);
  }

  private async checkValues(
    manager: EntityManager,
    lineage: ComponentLineage,
    result: Parameters<typeof resultProblems>[1] & { componentId: number; officeId: number; periodId: number },
  ): Promise<void> {
    const problems = resultProblems(lineage.rule, result, await previousValue(manager, result));
    if (problems.length > 0) throw new InputError(problems);
  }
}
