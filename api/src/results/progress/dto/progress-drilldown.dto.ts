import { Field, Float, ID, ObjectType } from '@nestjs/graphql';
import { TargetUsedDTO } from '#src/results/progress/dto/target-used.dto.js';
import { LocalDateScalar } from '#src/common/scalars/local-date.scalar.js';
import { MilestoneStatus } from '#src/results/indicator-result/milestone-status.enum.js';
import { ProgressStatus } from '#src/results/progress/progress-status.enum.js';

@ObjectType('ProgressTrendPoint', { description: 'One component of an indicator at the end of one period' })
export class ProgressTrendPointDTO extends TargetUsedDTO {
  @Field(() => ID)
  periodId: number;

  @Field()
  periodCode: string;

  @Field(() => LocalDateScalar)
  periodEndDate: string;

  @Field(() => ID, { description: 'The framework version the point is counted in' })
  frameworkId: number;

  @Field({ description: "The framework version's title, to label the point" })
  frameworkTitle: string;

  @Field(() => ID, { description: 'The indicator version the point is counted for' })
  indicatorId: number;

  @Field()
  indicatorCode: string;

  @Field(() => ID)
  componentId: number;

  @Field({ description: '(i), (ii)...' })
  label: string;

  @Field(() => Float, { nullable: true })
  actualValue: number | null;

  @Field(() => Float, { nullable: true })
  baselineValue: number | null;

  @Field(() => Float, { nullable: true })
  targetValue: number | null;

  @Field(() => Float, { nullable: true })
  achievementPercent: number | null;

  @Field(() => Float, { nullable: true })
  expectedPercent: number | null;

  @Field(() => ProgressStatus)
  status: ProgressStatus;
}

@ObjectType('OfficeProgress', { description: "One office's progress on one component" })
export class OfficeProgressDTO extends TargetUsedDTO {
  @Field(() => ID)
  officeId: number;

  @Field()
  officeCode: string;

  @Field()
  officeName: string;

  @Field({ description: '(i), (ii)...' })
  label: string;

  @Field(() => Float, { nullable: true, description: "The office's actual to date" })
  actualValue: number | null;

  @Field(() => Float, { nullable: true, description: 'The baseline of the target used' })
  baselineValue: number | null;

  @Field(() => Float, { nullable: true, description: 'The target used (targetSource says whose)' })
  targetValue: number | null;

  @Field(() => Float, { nullable: true })
  achievementPercent: number | null;

  @Field(() => Float, { nullable: true })
  expectedPercent: number | null;

  @Field(() => ProgressStatus)
  status: ProgressStatus;

  @Field(() => MilestoneStatus, { nullable: true })
  milestoneStatus: MilestoneStatus | null;

  @Field({ description: 'The office wrote a narrative for the component' })
  hasNarrative: boolean;
}
