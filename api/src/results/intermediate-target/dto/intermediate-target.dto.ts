import { Field, Float, ID, ObjectType } from '@nestjs/graphql';
import { TimestampedDTO } from '#src/common/crud/timestamped.dto.js';

@ObjectType('IntermediateTarget')
export class IntermediateTargetDTO extends TimestampedDTO {
  @Field(() => ID)
  componentId: number;

  @Field(() => ID)
  periodId: number;

  @Field(() => ID, { nullable: true, description: "The office whose own target it is; null: the region's" })
  officeId: number | null;

  @Field(() => Float, { nullable: true })
  value: number | null;

  @Field(() => String, { nullable: true })
  narrative: string | null;
}
