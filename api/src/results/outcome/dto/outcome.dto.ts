import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { TimestampedDTO } from '#src/common/crud/timestamped.dto.js';

@ObjectType('Outcome')
export class OutcomeDTO extends TimestampedDTO {
  @Field(() => ID)
  frameworkId: number;

  @Field(() => Int)
  number: number;

  @Field()
  title: string;

  @Field(() => String, { nullable: true })
  description: string | null;
}
