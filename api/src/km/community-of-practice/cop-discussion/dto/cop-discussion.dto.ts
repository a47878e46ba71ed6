import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { TimestampedDTO } from '#src/common/crud/timestamped.dto.js';
import { LocalDateScalar } from '#src/common/scalars/local-date.scalar.js';

@ObjectType('CopDiscussion')
export class CopDiscussionDTO extends TimestampedDTO {
  @Field(() => ID)
  communityId: number;

  @Field(() => LocalDateScalar)
  startDate: string;

  @Field(() => LocalDateScalar)
  endDate: string;

  @Field()
  topic: string;

  @Field(() => String, { nullable: true })
  moderator: string | null;

  @Field(() => Int, { nullable: true, description: 'About how many people the consolidated reply reached' })
  reach: number | null;

  @Field(() => String, { nullable: true })
  summary: string | null;
}
