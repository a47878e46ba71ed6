import { ArgsType, Field, ID, Int } from '@nestjs/graphql';
import { IsInt, IsOptional, Max, Min } from 'class-validator';
import { NotNullWhenGiven, RequiredId, RequiredText, UpdatableText } from '#src/common/validation/field.decorators.js';

const MAX_MEMBERS = 10_000_000;

@ArgsType()
export class CreateCopMembershipTargetArgs {
  @Field(() => ID)
  @RequiredId()
  communityId: string;

  @Field(() => Int, { nullable: true, description: 'Defaults to after the last group' })
  @IsOptional()
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
  @IsOptional()
  @IsInt()
  @Min(0, { message: 'must not be negative' })
  @Max(MAX_MEMBERS)
  currentMembers?: number | null;
}

/** A target stays with its community. */
@ArgsType()
export class UpdateCopMembershipTargetArgs {
  @Field(() => ID)
  @RequiredId()
  id: string;

  @Field(() => Int, { nullable: true })
  @NotNullWhenGiven()
  @IsInt()
  @Min(1)
  @Max(100)
  position?: number;

  @Field({ nullable: true })
  @UpdatableText(500)
  memberGroup?: string;

  @Field(() => Int, { nullable: true })
  @NotNullWhenGiven()
  @IsInt()
  @Min(0, { message: 'must not be negative' })
  @Max(MAX_MEMBERS)
  targetMembers?: number;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(0, { message: 'must not be negative' })
  @Max(MAX_MEMBERS)
  currentMembers?: number | null;
}
