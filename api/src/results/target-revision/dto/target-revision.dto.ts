import { Field, Float, ID, ObjectType } from '@nestjs/graphql';
import { TimestampedDTO } from '#src/common/crud/timestamped.dto.js';
import { LocalDateScalar } from '#src/common/scalars/local-date.scalar.js';

@ObjectType('TargetRevision')
export class TargetRevisionDTO extends TimestampedDTO {
  @Field(() => ID)
  componentId: number;

  @Field(() => ID, { nullable: true, description: "The office whose target it is; null: the region's" })
  officeId: number | null;

  @Field(() => Float, { nullable: true })
  baselineValue: number | null;

  @Field(() => String, { nullable: true })
  baselineNarrative: string | null;

  @Field(() => Float, { nullable: true })
  targetValue: number | null;

  @Field(() => String, { nullable: true })
  targetNarrative: string | null;

  @Field(() => LocalDateScalar, { description: 'First day it is in force' })
  appliesFrom: string;

  @Field(() => ID, {
    nullable: true,
    description: 'The period from whose start it applies (none: the initial revision)',
  })
  appliesFromPeriodId: number | null;

  @Field()
  reason: string;

  @Field(() => ID, { nullable: true })
  createdById: number | null;
}
