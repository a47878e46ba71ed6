import type { EntityManager } from 'typeorm';
import { parseId } from '#src/common/crud/id.util.js';
import { InputError } from '#src/common/errors/input.error.js';
import { IndicatorComponentEntity } from '#src/results/indicator-component/indicator-component.entity.js';
import { IndicatorEntity } from '#src/results/indicator/indicator.entity.js';
import type { Measure } from '#src/results/indicator/indicator.enums.js';
import { ruleOf, type ValueRule } from '#src/results/indicator-component/component-rules.js';
import type { ResultsFrameworkEntity } from '#src/results/results-framework/results-framework.entity.js';

export interface IndicatorLineage {
  indicator: IndicatorEntity;
  framework: ResultsFrameworkEntity;
}

export interface ComponentLineage extends IndicatorLineage {
  component: IndicatorComponentEntity;
  /** The component's own measure, or its indicator's. */
  measure: Measure;
  /** What a plausible value of the component is. */
  rule: ValueRule;
}

/** An indicator with the framework it belongs to, in one query; fails naming `field`. */
export async function indicatorLineage(
  manager: EntityManager,
  indicatorId: string | number,
  field: string,
): Promise<IndicatorLineage> {
  const indicator = await manager
    .createQueryBuilder(IndicatorEntity, 'i')
    .innerJoinAndSelect('i.outcome', 'o')
    .innerJoinAndSelect('o.framework', 'f')
    .where('i.id = :id', { id: parseId(indicatorId, field) })
    .getOne();
  if (!indicator) throw InputError.field(field, `no Indicator with id ${indicatorId}`);
  return { indicator, framework: indicator.outcome!.framework! };
}

const lineageOf = (component: IndicatorComponentEntity): ComponentLineage => {
  const indicator = component.indicator!;
  return {
    component,
    indicator,
    framework: indicator.outcome!.framework!,
    measure: component.measure ?? indicator.measure,
    rule: ruleOf(component, indicator),
  };
};

/** A component with its indicator and framework, in one query; fails naming `field`. */
export async function componentLineage(
  manager: EntityManager,
  componentId: string | number,
  field: string,
): Promise<ComponentLineage> {
  const [lineage] = await componentLineages(manager, [{ componentId, field }]);
  return lineage!;
}

/**
 * Several components with their indicators and frameworks, in one query, in the order asked;
 * fails naming the field of the first that does not exist.
 */
export async function componentLineages(
  manager: EntityManager,
  requests: readonly { componentId: string | number; field: string }[],
): Promise<ComponentLineage[]> {
  const ids = requests.map(({ componentId, field }) => parseId(componentId, field));
  if (ids.length === 0) return [];
  const components = await manager
    .createQueryBuilder(IndicatorComponentEntity, 'c')
    .innerJoinAndSelect('c.indicator', 'i')
    .innerJoinAndSelect('i.outcome', 'o')
    .innerJoinAndSelect('o.framework', 'f')
    .where('c.id IN (:...ids)', { ids: [...new Set(ids)] })
    .getMany();
  const byId = new Map(components.map((component) => [component.id, lineageOf(component)]));
  return requests.map(({ componentId, field }, index) => {
    const lineage = byId.get(ids[index]!);
    if (!lineage) throw InputError.field(field, `no IndicatorComponent with id ${componentId}`);
    return lineage;
  });
}
