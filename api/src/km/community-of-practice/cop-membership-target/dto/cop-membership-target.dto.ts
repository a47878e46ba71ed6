import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { TimestampedDTO } from '#src/common/crud/timestamped.dto.js';

@ObjectType('CopMembershipTarget')
export class CopMembershipTargetDTO extends TimestampedDTO {
  @Field(() => ID)
  communityId: number;

  @Field(() => Int, { description: 'Order within the community, from 1' })
  position: number;

  @Field({ description: 'e.g. "Trade union officials"' })
  memberGroup: string;

  @Field(() => Int)
  targetMembers: number;

  @Field(() => Int, { nullable: true, description: 'Members of the group so far, when counted' })
  currentMembers: number | null;
}
