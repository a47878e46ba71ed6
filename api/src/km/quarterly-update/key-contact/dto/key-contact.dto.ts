import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { TimestampedDTO } from '#src/common/crud/timestamped.dto.js';

@ObjectType('KeyContact')
export class KeyContactDTO extends TimestampedDTO {
  @Field(() => ID)
  updateId: number;

  @Field(() => Int, { description: 'Order within the update, from 1' })
  position: number;

  @Field()
  name: string;

  @Field({ description: 'Job title, e.g. "Deputy Regional Director"' })
  title: string;

  @Field()
  email: string;
}
