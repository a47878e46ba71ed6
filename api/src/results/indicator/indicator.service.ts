import { Injectable } from '@nestjs/common';
import { DataSource, In, IsNull, type EntityManager, type SelectQueryBuilder } from 'typeorm';
import { AuditLog } from '#src/platform/audit/audit-log.service.js';
import type { Actor } from '#src/platform/auth/actor.js';
import { CrudService } from '#src/common/crud/crud.service.js';
import { publishedOnlyForViewers } from '#src/results/results-framework/published-scope.js';
import { assignGiven } from '#src/common/crud/reference.util.js';
import { ConflictError } from '#src/common/errors/conflict.error.js';
import { InputError } from '#src/common/errors/input.error.js';
import {
  checkBaselineAndTarget,
  checkComponentValues,
  ruleFieldsOf,
  checkTargetPeriod,
  componentLabel,
} from '#src/results/indicator-component/component-rules.js';
import { IndicatorComponentEntity } from '#src/results/indicator-component/indicator-component.entity.js';
import { IndicatorResultEntity } from '#src/results/indicator-result/indicator-result.entity.js';
import type { CreateIndicatorArgs } from '#src/results/indicator/dto/create-indicator.args.js';
import { INDICATOR_CODE } from '#src/results/indicator/dto/indicator-fields.js';
import type { UpdateIndicatorArgs } from '#src/results/indicator/dto/update-indicator.args.js';
import { IndicatorEntity } from '#src/results/indicator/indicator.entity.js';
import { Aggregation, Direction, type Measure } from '#src/results/indicator/indicator.enums.js';
import { OutcomeEntity } from '#src/results/outcome/outcome.entity.js';
import { parseId } from '#src/common/crud/id.util.js';

type IndicatorChanges = Omit<UpdateIndicatorArgs, 'id'>;

@Injectable()
export class IndicatorService extends CrudService<IndicatorEntity, CreateIndicatorArgs, IndicatorChanges> {
  constructor(dataSource: DataSource, audit: AuditLog) {
    super(dataSource, audit, {
      entity: IndicatorEntity,
      label: 'Indicator',
      searchFields: ['code', 'title', 'description'],
      defaultSort: { field: 'code', order: 'ASC' },
      filterHandlers: {
        frameworkId: (qb, value, parameter) =>
          qb.innerJoin('e.outcome', 'framework_filter').andWhere(`framework_filter.frameworkId = :${parameter}`, {
            [parameter]: parseId(value as string, 'filter.frameworkId'),
          }),
      },
    });
  }

  protected override async applyReadScope(qb: SelectQueryBuilder<IndicatorEntity>, actor: Actor): Promise<void> {
    publishedOnlyForViewers(qb, actor, ['outcome', 'framework']);
  }

  protected async buildNew(
    manager: EntityManager,
    input: CreateIndicatorArgs,
    _actor: Actor,
  ): Promise<Partial<IndicatorEntity>> {
    const outcome = await this.findOutcome(manager, input.outcomeId);
    await this.checkCode(manager, input.code, outcome);
    return {
      outcomeId: outcome.id,
      code: input.code,
      title: input.title.trim(),
      description: input.description ?? null,
      scope: input.scope,
      measure: input.measure,
      direction: input.direction ?? Direction.INCREASE,
      aggregation: input.aggregation ?? Aggregation.LATEST,
      unit: input.unit ?? null,
    };
  }

  /** Inserts the indicator with its components, after checking every component. */
  protected override async insert(
    manager: EntityManager,
    input: CreateIndicatorArgs,
    actor: Actor,
  ): Promise<IndicatorEntity> {
    const indicator = await this.buildNew(manager, input, actor);
    const outcome = await manager.findOneOrFail(OutcomeEntity, {
      where: { id: indicator.outcomeId! },
      relations: { framework: true },
    });
    const components: Partial<IndicatorComponentEntity>[] = [];
    for (const [index, component] of input.components.entries()) {
      const path = `components[${index}].`;
      const values = {
        baselineValue: component.baselineValue ?? null,
        baselineNarrative: component.baselineNarrative ?? null,
        targetValue: component.targetValue ?? null,
        targetNarrative: component.targetNarrative ?? null,
      };
      const measure = component.measure ?? input.measure;
      const rule = ruleFieldsOf(measure, component);
      checkComponentValues(measure, rule, values, path);
      components.push({
        ...values,
        ...rule,
        position: index + 1,
        measure: component.measure ?? null,
        unit: component.unit ?? null,
        baselineDate: component.baselineDate ?? null,
        officeTargetsAddUp: component.officeTargetsAddUp ?? false,
        targetPeriodId: await checkTargetPeriod(
          manager,
          component.targetPeriodId ?? null,
          outcome.framework!,
          `${path}targetPeriodId`,
        ),
      });
    }
    const saved = await manager.save(IndicatorEntity, indicator as IndicatorEntity);
    await manager.save(
      IndicatorComponentEntity,
      components.map((component) => ({ ...component, indicatorId: saved.id })),
    );
    return saved;
  }

  protected async applyChanges(
    manager: EntityManager,
    indicator: IndicatorEntity,
    changes: IndicatorChanges,
    _actor: Actor,
  ): Promise<void> {
    const current = await manager.findOneOrFail(OutcomeEntity, { where: { id: indicator.outcomeId } });
    const outcome = changes.outcomeId === undefined ? current : await this.findOutcome(manager, changes.outcomeId);
    if (outcome.frameworkId !== current.frameworkId) {
      throw InputError.field('outcomeId', "an indicator cannot move to another framework's outcome");
    }
    const code = changes.code ?? indicator.code;
    if (code !== indicator.code || outcome.id !== indicator.outcomeId)
      await this.checkCode(manager, code, outcome, indicator.id);
    if (changes.measure !== undefined && changes.measure !== indicator.measure) {
      await this.checkMeasureChange(manager, indicator.id, changes.measure);
    }
    assignGiven(indicator, { ...changes, outcomeId: outcome.id, title: changes.title?.trim() });
  }

  protected override async assertDeletable(
    manager: EntityManager,
    indicator: IndicatorEntity,
    _actor: Actor,
  ): Promise<void> {
    const results = await manager
      .createQueryBuilder(IndicatorResultEntity, 'r')
      .innerJoin('r.component', 'c')
      .where('c.indicatorId = :id', { id: indicator.id })
      .getCount();
    if (results > 0) throw new ConflictError('id', `indicator ${indicator.code} has ${results} results recorded`);
  }

  private async findOutcome(manager: EntityManager, outcomeId: string): Promise<OutcomeEntity> {
    const outcome = await manager.findOneBy(OutcomeEntity, { id: parseId(outcomeId, 'outcomeId') });
    if (!outcome) throw InputError.field('outcomeId', `no Outcome with id ${outcomeId}`);
    return outcome;
  }

  private async checkCode(
    manager: EntityManager,
    code: string,
    outcome: OutcomeEntity,
    selfId?: number,
  ): Promise<void> {
    const outcomeNumber = Number(INDICATOR_CODE.exec(code)![1]);
    if (outcomeNumber !== outcome.number)
      throw InputError.field('code', `must start with the outcome number ${outcome.number}.`);
    const clash = await manager.findOneBy(IndicatorEntity, { outcomeId: outcome.id, code });
    if (clash && clash.id !== selfId) throw new ConflictError('code', `indicator ${code} already exists`);
  }

  /** Components that inherit the measure must suit the new one, and none may have results yet. */
  private async checkMeasureChange(manager: EntityManager, indicatorId: number, measure: Measure): Promise<void> {
    const inheriting = await manager.findBy(IndicatorComponentEntity, { indicatorId, measure: IsNull() });
    for (const component of inheriting) {
      try {
        checkBaselineAndTarget({ ...component, measure }, component);
      } catch (error) {
        const reason = (error as InputError).problems
          .map((problem) => `${problem.field} ${problem.message}`)
          .join('; ');
        throw InputError.field('measure', `does not suit component ${componentLabel(component.position)}: ${reason}`);
      }
    }
    const results = inheriting.length
      ? await manager.countBy(IndicatorResultEntity, { componentId: In(inheriting.map((component) => component.id)) })
      : 0;
    if (results > 0) throw InputError.field('measure', `${results} results were recorded with the current measure`);
  }
}
