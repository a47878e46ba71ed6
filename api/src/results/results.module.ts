import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { IndicatorComponentModule } from '#src/results/indicator-component/indicator-component.module.js';
import { IndicatorResultModule } from '#src/results/indicator-result/indicator-result.module.js';
import { IndicatorModule } from '#src/results/indicator/indicator.module.js';
import { IntermediateTargetModule } from '#src/results/intermediate-target/intermediate-target.module.js';
import { OutcomeModule } from '#src/results/outcome/outcome.module.js';
import { ProgressModule } from '#src/results/progress/progress.module.js';
import { RESULTS_ENTITIES } from '#src/results/results.entities.js';
import { TargetRevisionModule } from '#src/results/target-revision/target-revision.module.js';
import { ResultsFrameworkModule } from '#src/results/results-framework/results-framework.module.js';

/** The results framework (outcomes, indicators, their parts and targets), the results and the progress rule. */
@Module({
  imports: [
    TypeOrmModule.forFeature(RESULTS_ENTITIES),
    ResultsFrameworkModule,
    OutcomeModule,
    IndicatorModule,
    IndicatorComponentModule,
    IntermediateTargetModule,
    TargetRevisionModule,
    IndicatorResultModule,
    ProgressModule,
  ],
})
export class ResultsModule {}
