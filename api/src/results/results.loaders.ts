import type { DataSource } from 'typeorm';
import { createIndicatorComponentLoaders } from '#src/results/indicator-component/indicator-component.loader.js';
import { createIndicatorLoaders } from '#src/results/indicator/indicator.loader.js';
import { createIntermediateTargetLoaders } from '#src/results/intermediate-target/intermediate-target.loader.js';
import { createOutcomeLoaders } from '#src/results/outcome/outcome.loader.js';
import { createResultsFrameworkLoaders } from '#src/results/results-framework/results-framework.loader.js';

export const createResultsLoaders = (dataSource: DataSource) => {
  const { intermediateTargetsByComponent } = createIntermediateTargetLoaders(dataSource);
  return {
    ...createResultsFrameworkLoaders(dataSource),
    ...createOutcomeLoaders(dataSource),
    ...createIndicatorLoaders(dataSource),
    ...createIndicatorComponentLoaders(dataSource, intermediateTargetsByComponent),
    intermediateTargetsByComponent,
  };
};
