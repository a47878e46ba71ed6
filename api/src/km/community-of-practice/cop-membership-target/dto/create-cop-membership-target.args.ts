import { ArgsType, Field, ID, Int } from '@nestjs/graphql';
import { IsInt, Max, Min } from 'class-validator';
import { Clearable, Defaulted, RequiredId, RequiredText } from '#src/common/validation/field.decorators.js';

const MAX_MEMBERS = 10_000_000;

@ArgsType()
export class CreateCopMembershipTargetArgs {
  @Field(() => ID)
  @RequiredId()
  communityId: string;

  @Field(() => Int, {
    nullable: true,
    description: 'Place in the list, from 1; created without one: after the last group',
  })
  @Defaulted()
  @IsInt()
  @Min(1)
  @Max(100)
  position?: number;

  @Field()
  @RequiredText(500)
  memberGroup: string;

  @Field(() => Int)
  @IsInt()
  @Min(0, { message: 'must not be negative' })
  @Max(MAX_MEMBERS)
  targetMembers: number;

  @Field(() => Int, { nullable: true })
  @Clearable()
  @IsInt()
  @Min(0, { message: 'must not be negative' })
  @Max(MAX_MEMBERS)
  currentMembers?: number | null;
}
