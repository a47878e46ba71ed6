import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { TimestampedDTO } from '#src/common/crud/timestamped.dto.js';

@ObjectType('WorkArea')
export class WorkAreaDTO extends TimestampedDTO {
  @Field(() => ID)
  officeId: number;

  @Field(() => Int, { description: "Numbers the office's areas, from 1" })
  number: number;

  @Field()
  title: string;

  @Field(() => String, { nullable: true })
  description: string | null;
}
