import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { TimestampedDTO } from '#src/common/crud/timestamped.dto.js';

@ObjectType('ImplementationPlan')
export class ImplementationPlanDTO extends TimestampedDTO {
  @Field(() => ID)
  programmeId: number;

  @Field(() => Int)
  year: number;

  @Field(() => String, { nullable: true })
  notes: string | null;
}
