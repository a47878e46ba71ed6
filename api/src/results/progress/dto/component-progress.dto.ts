import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { TargetUsedDTO } from '#src/results/progress/dto/target-used.dto.js';
import { LocalDateScalar } from '#src/common/scalars/local-date.scalar.js';
import { MilestoneStatus } from '#src/results/indicator-result/milestone-status.enum.js';
import { Aggregation, Direction, Measure } from '#src/results/indicator/indicator.enums.js';
import { ProgressStatus } from '#src/results/progress/progress-status.enum.js';

@ObjectType('ComponentProgress', {
  description: 'Where one indicator component stands at the end of a reporting period',
})
export class ComponentProgressDTO extends TargetUsedDTO {
  @Field(() => ID)
  componentId: number;

  @Field({ description: '(i), (ii)...' })
  label: string;

  @Field(() => ID)
  outcomeId: number;

  @Field(() => Int)
  outcomeNumber: number;

  @Field()
  outcomeTitle: string;

  @Field(() => ID)
  indicatorId: number;

  @Field()
  indicatorCode: string;

  @Field()
  indicatorTitle: string;

  @Field(() => Measure)
  measure: Measure;

  @Field(() => Direction)
  direction: Direction;

  @Field(() => Aggregation)
  aggregation: Aggregation;

  @Field(() => String, { nullable: true })
  unit: string | null;

  @Field(() => Float, { nullable: true })
  baselineValue: number | null;

  @Field(() => String, { nullable: true })
  baselineNarrative: string | null;

  @Field(() => Float, { nullable: true })
  targetValue: number | null;

  @Field(() => String, { nullable: true })
  targetNarrative: string | null;

  @Field(() => LocalDateScalar, { description: 'Start of the period the target is set for' })
  targetStartDate: string;

  @Field(() => LocalDateScalar, { description: 'End of the period the target is set for' })
  targetEndDate: string;

  @Field(() => Float, { nullable: true, description: 'Target set for this reporting period, if any' })
  intermediateTargetValue: number | null;

  @Field(() => Float, { nullable: true, description: 'Actual to date, aggregated as the indicator says' })
  actualValue: number | null;

  @Field(() => MilestoneStatus, { nullable: true, description: 'Least advanced status among reporting offices' })
  milestoneStatus: MilestoneStatus | null;

  @Field(() => Int, { description: 'Offices whose results count towards the actual' })
  reportingOffices: number;

  @Field(() => Float, { nullable: true })
  achievementPercent: number | null;

  @Field(() => Float, { nullable: true, description: 'Progress expected by now: elapsed share or intermediate target' })
  expectedPercent: number | null;

  @Field(() => Float, { description: 'Share of the target period elapsed at the end of the reporting period' })
  elapsedPercent: number;

  @Field(() => ProgressStatus)
  status: ProgressStatus;
}
