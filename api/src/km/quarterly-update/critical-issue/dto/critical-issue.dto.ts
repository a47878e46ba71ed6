import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { TimestampedDTO } from '#src/common/crud/timestamped.dto.js';

@ObjectType('CriticalIssue')
export class CriticalIssueDTO extends TimestampedDTO {
  @Field(() => ID)
  updateId: number;

  @Field(() => Int, { description: 'Order within the update, from 1' })
  position: number;

  @Field({ description: 'e.g. "Unlocking the KM / KS factor"' })
  title: string;

  @Field()
  description: string;
}
