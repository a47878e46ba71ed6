import type { DataSource } from 'typeorm';
import { IndicatorComponentEntity } from '#src/results/indicator-component/indicator-component.entity.js';
import { IndicatorEntity } from '#src/results/indicator/indicator.entity.js';
import { Aggregation, Direction, IndicatorScope, Measure } from '#src/results/indicator/indicator.enums.js';
import { OutcomeEntity } from '#src/results/outcome/outcome.entity.js';
import { ResultsFrameworkEntity } from '#src/results/results-framework/results-framework.entity.js';

export function createFramework(dataSource: DataSource, overrides: Partial<ResultsFrameworkEntity> = {}) {
  return dataSource.getRepository(ResultsFrameworkEntity).save({
    title: 'Test framework 2008-09',
    description: null,
    startDate: '2008-01-01',
    endDate: '2009-12-31',
    ...overrides,
  });
}

export function createOutcome(dataSource: DataSource, frameworkId: number, overrides: Partial<OutcomeEntity> = {}) {
  return dataSource.getRepository(OutcomeEntity).save({
    frameworkId,
    number: 1,
    title: 'An outcome',
    description: null,
    ...overrides,
  });
}

export function createIndicator(
  dataSource: DataSource,
  outcome: OutcomeEntity,
  overrides: Partial<IndicatorEntity> = {},
) {
  return dataSource.getRepository(IndicatorEntity).save({
    outcomeId: outcome.id,
    code: `${outcome.number}.1`,
    title: 'An indicator',
    description: null,
    scope: IndicatorScope.INTERNAL,
    measure: Measure.PERCENT,
    direction: Direction.INCREASE,
    aggregation: Aggregation.LATEST,
    unit: '%',
    ...overrides,
  });
}

export function createComponent(
  dataSource: DataSource,
  indicator: IndicatorEntity,
  overrides: Partial<IndicatorComponentEntity> = {},
) {
  return dataSource.getRepository(IndicatorComponentEntity).save({
    indicatorId: indicator.id,
    position: 1,
    measure: null,
    unit: null,
    baselineValue: 10,
    baselineNarrative: '10 per cent',
    baselineDate: null,
    targetValue: 25,
    targetNarrative: 'At least 25 per cent',
    targetPeriodId: null,
    ...overrides,
  });
}

/** A framework with one outcome and `indicators` indicators of one component each. */
export async function createSmallFramework(
  dataSource: DataSource,
  options: {
    indicators?: number;
    framework?: Partial<ResultsFrameworkEntity>;
    indicator?: Partial<IndicatorEntity>;
  } = {},
) {
  const framework = await createFramework(dataSource, options.framework);
  const outcome = await createOutcome(dataSource, framework.id);
  const indicators: IndicatorEntity[] = [];
  const components: IndicatorComponentEntity[] = [];
  for (let index = 1; index <= (options.indicators ?? 1); index += 1) {
    const indicator = await createIndicator(dataSource, outcome, { code: `1.${index}`, ...options.indicator });
    indicators.push(indicator);
    components.push(await createComponent(dataSource, indicator));
  }
  return { framework, outcome, indicators, components };
}
