import { IndicatorComponentEntity } from '#src/results/indicator-component/indicator-component.entity.js';
import { IndicatorResultEntity } from '#src/results/indicator-result/indicator-result.entity.js';
import { IndicatorEntity } from '#src/results/indicator/indicator.entity.js';
import { IntermediateTargetEntity } from '#src/results/intermediate-target/intermediate-target.entity.js';
import { OutcomeEntity } from '#src/results/outcome/outcome.entity.js';
import { TargetRevisionEntity } from '#src/results/target-revision/target-revision.entity.js';
import { ResultsFrameworkEntity } from '#src/results/results-framework/results-framework.entity.js';

export const RESULTS_ENTITIES = [
  ResultsFrameworkEntity,
  OutcomeEntity,
  IndicatorEntity,
  IndicatorComponentEntity,
  IntermediateTargetEntity,
  TargetRevisionEntity,
  IndicatorResultEntity,
];
