import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager, type SelectQueryBuilder } from 'typeorm';
import { parseId } from '#src/common/crud/id.util.js';
import { AuditLog } from '#src/platform/audit/audit-log.service.js';
import type { Actor } from '#src/platform/auth/actor.js';
import { CrudService } from '#src/common/crud/crud.service.js';
import { publishedOnlyForViewers } from '#src/results/results-framework/published-scope.js';
import { assignGiven } from '#src/common/crud/reference.util.js';
import { ConflictError } from '#src/common/errors/conflict.error.js';
import { InputError } from '#src/common/errors/input.error.js';
import {
  checkComponentValues,
  checkTargetPeriod,
  componentLabel,
  defaultRuleFields,
  ruleFieldsOf,
} from '#src/results/indicator-component/component-rules.js';

const RULE_FIELDS = ['minValue', 'maxValue', 'wholeNumber', 'jumpFactor'] as const;
const TARGET_FIELDS = ['baselineValue', 'baselineNarrative', 'targetValue', 'targetNarrative'] as const;
const sameValue = (a: unknown, b: unknown) =>
  a === b || (a !== null && b !== null && typeof a !== 'string' && Number(a) === Number(b));
import type { CreateIndicatorComponentArgs } from '#src/results/indicator-component/dto/create-indicator-component.args.js';
import type { UpdateIndicatorComponentArgs } from '#src/results/indicator-component/dto/update-indicator-component.args.js';
import { IndicatorComponentEntity } from '#src/results/indicator-component/indicator-component.entity.js';
import { IndicatorResultEntity } from '#src/results/indicator-result/indicator-result.entity.js';
import { indicatorLineage } from '#src/results/indicator/indicator-lineage.util.js';
import { checkOfficeTargetsAddUp } from '#src/results/target-revision/office-targets-add-up.js';
import { TargetRevisionEntity } from '#src/results/target-revision/target-revision.entity.js';

type ComponentChanges = Omit<UpdateIndicatorComponentArgs, 'id'>;

@Injectable()
export class IndicatorComponentService extends CrudService<
  IndicatorComponentEntity,
  CreateIndicatorComponentArgs,
  ComponentChanges
> {
  constructor(dataSource: DataSource, audit: AuditLog) {
    super(dataSource, audit, {
      entity: IndicatorComponentEntity,
      label: 'IndicatorComponent',
      searchFields: ['indicator.code', 'indicator.title', 'unit', 'baselineNarrative', 'targetNarrative'],
      defaultSort: { field: 'indicatorId', order: 'ASC' },
      filterHandlers: {
        frameworkId: (qb, value, parameter) =>
          qb
            .innerJoin('e.indicator', 'filter_indicator')
            .innerJoin('filter_indicator.outcome', 'filter_outcome')
            .andWhere(`filter_outcome.frameworkId = :${parameter}`, {
              [parameter]: parseId(value as string, 'filter.frameworkId'),
            }),
      },
    });
  }

  protected override async applyReadScope(
    qb: SelectQueryBuilder<IndicatorComponentEntity>,
    actor: Actor,
  ): Promise<void> {
    publishedOnlyForViewers(qb, actor, ['indicator', 'outcome', 'framework']);
  }

  protected async buildNew(
    manager: EntityManager,
    input: CreateIndicatorComponentArgs,
    _actor: Actor,
  ): Promise<Partial<IndicatorComponentEntity>> {
    const { indicator, framework } = await indicatorLineage(manager, input.indicatorId, 'indicatorId');
    const values = {
      baselineValue: input.baselineValue ?? null,
      baselineNarrative: input.baselineNarrative ?? null,
      targetValue: input.targetValue ?? null,
      targetNarrative: input.targetNarrative ?? null,
    };
    const measure = input.measure ?? indicator.measure;
    const rule = ruleFieldsOf(measure, input);
    checkComponentValues(measure, rule, values);
    return {
      ...values,
      ...rule,
      indicatorId: indicator.id,
      position: await this.freePosition(manager, indicator.id, input.position),
      measure: input.measure ?? null,
      unit: input.unit ?? null,
      baselineDate: input.baselineDate ?? null,
      officeTargetsAddUp: input.officeTargetsAddUp ?? false,
      targetPeriodId: await checkTargetPeriod(manager, input.targetPeriodId ?? null, framework, 'targetPeriodId'),
    };
  }

  protected async applyChanges(
    manager: EntityManager,
    component: IndicatorComponentEntity,
    changes: ComponentChanges,
    _actor: Actor,
  ): Promise<void> {
    const current = await indicatorLineage(manager, component.indicatorId, 'id');
    const target =
      changes.indicatorId === undefined ? current : await indicatorLineage(manager, changes.indicatorId, 'indicatorId');
    if (target.framework.id !== current.framework.id) {
      throw InputError.field('indicatorId', "a component cannot move to another framework's indicator");
    }
    const moves = target.indicator.id !== component.indicatorId;
    if (moves) await this.assertNotLast(manager, component, 'indicatorId');
    if (moves || (changes.position !== undefined && changes.position !== component.position)) {
      component.position = await this.freePosition(
        manager,
        target.indicator.id,
        changes.position ?? undefined,
        component.id,
      );
    }
    const measureBefore = component.measure ?? current.indicator.measure;
    const measureAfter =
      (changes.measure === undefined ? component.measure : changes.measure) ?? target.indicator.measure;
    if (
      measureAfter !== measureBefore &&
      (await manager.countBy(IndicatorResultEntity, { componentId: component.id })) > 0
    ) {
      throw InputError.field('measure', `results were recorded for this component as ${measureBefore}`);
    }
    const { indicatorId: _moved, position: _position, targetPeriodId, ...values } = changes;
    if (measureAfter !== measureBefore && RULE_FIELDS.every((field) => changes[field] === undefined)) {
      // A new measure brings its own default rule unless one is given with it.
      Object.assign(component, defaultRuleFields(measureAfter));
    }
    const before = { ...component };
    assignGiven(component, { ...values, indicatorId: target.indicator.id });
    checkComponentValues(measureAfter, component, component);
    await this.assertTargetEditable(manager, before, changes);
    const addsUpBefore = before.officeTargetsAddUp;
    if (component.officeTargetsAddUp && !addsUpBefore) {
      await checkOfficeTargetsAddUp(manager, component.id, 'officeTargetsAddUp');
    }
    if (targetPeriodId !== undefined) {
      component.targetPeriodId = await checkTargetPeriod(manager, targetPeriodId, target.framework, 'targetPeriodId');
    }
  }

  /**
   * Once results exist (or the target was revised), the baseline and target change only by a
   * revision from a period on (reviseComponentTarget), so that past achievement stays as it was.
   */
  private async assertTargetEditable(
    manager: EntityManager,
    component: IndicatorComponentEntity,
    changes: ComponentChanges,
  ): Promise<void> {
    const changed = TARGET_FIELDS.find(
      (field) => changes[field] !== undefined && !sameValue(changes[field] ?? null, component[field]),
    );
    if (!changed) return;
    const results = await manager.countBy(IndicatorResultEntity, { componentId: component.id });
    const revisions = await manager.countBy(TargetRevisionEntity, { componentId: component.id });
    if (results > 0 || revisions > 1) {
      throw InputError.field(
        changed,
        `${results > 0 ? 'results were recorded for this component' : 'the target was revised'}: ` +
          'use reviseComponentTarget, from the period the new value applies, so past achievement stays as it was',
      );
    }
  }

  protected override async assertDeletable(
    manager: EntityManager,
    component: IndicatorComponentEntity,
    _actor: Actor,
  ): Promise<void> {
    const results = await manager.countBy(IndicatorResultEntity, { componentId: component.id });
    if (results > 0)
      throw new ConflictError('id', `component ${componentLabel(component.position)} has ${results} results recorded`);
    await this.assertNotLast(manager, component, 'id');
  }

  private async assertNotLast(
    manager: EntityManager,
    component: IndicatorComponentEntity,
    field: string,
  ): Promise<void> {
    const siblings = await manager.countBy(IndicatorComponentEntity, { indicatorId: component.indicatorId });
    if (siblings <= 1) throw new ConflictError(field, 'an indicator keeps at least one component');
  }

  private async freePosition(manager: EntityManager, indicatorId: number, wanted: number | undefined, selfId?: number) {
    const taken = await manager.findBy(IndicatorComponentEntity, { indicatorId });
    const others = taken.filter((component) => component.id !== selfId).map((component) => component.position);
    if (wanted === undefined) return Math.max(0, ...others) + 1;
    if (others.includes(wanted))
      throw new ConflictError('position', `component ${componentLabel(wanted)} already exists`);
    return wanted;
  }
}
