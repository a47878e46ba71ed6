import { ArgsType, Field, ID } from '@nestjs/graphql';
import { IsEnum, IsOptional, IsUrl } from 'class-validator';
import { LocalDateScalar } from '#src/common/scalars/local-date.scalar.js';
import {
  NotNullWhenGiven,
  NullableText,
  RequiredId,
  RequiredText,
  UpdatableText,
} from '#src/common/validation/field.decorators.js';
import { MAX_NARRATIVE, MAX_URL } from '#src/common/validation/limits.js';
import { CommunityStatus } from '#src/km/community-of-practice/community-of-practice.enums.js';

const WebAddress = () =>
  IsUrl(
    { protocols: ['http', 'https'], require_protocol: true },
    { message: 'must be a web address starting with http:// or https://' },
  );

@ArgsType()
export class CreateCommunityOfPracticeArgs {
  @Field(() => ID, { description: 'The sponsoring office' })
  @RequiredId()
  officeId: string;

  @Field()
  @RequiredText(300)
  name: string;

  @Field()
  @RequiredText(50)
  acronym: string;

  @Field()
  @RequiredText(200)
  theme: string;

  @Field(() => LocalDateScalar, { nullable: true })
  @IsOptional()
  launchDate?: string | null;

  @Field(() => String, { nullable: true })
  @NullableText(MAX_URL)
  @WebAddress()
  address?: string | null;

  @Field(() => CommunityStatus, { nullable: true, description: 'ACTIVE unless given' })
  @IsOptional()
  @IsEnum(CommunityStatus)
  status?: CommunityStatus;

  @Field(() => String, { nullable: true })
  @NullableText(MAX_NARRATIVE)
  description?: string | null;
}

/** A community stays with its office. */
@ArgsType()
export class UpdateCommunityOfPracticeArgs {
  @Field(() => ID)
  @RequiredId()
  id: string;

  @Field({ nullable: true })
  @UpdatableText(300)
  name?: string;

  @Field({ nullable: true })
  @UpdatableText(50)
  acronym?: string;

  @Field({ nullable: true })
  @UpdatableText(200)
  theme?: string;

  @Field(() => LocalDateScalar, { nullable: true })
  @IsOptional()
  launchDate?: string | null;

  @Field(() => String, { nullable: true })
  @NullableText(MAX_URL)
  @WebAddress()
  address?: string | null;

  @Field(() => CommunityStatus, { nullable: true })
  @NotNullWhenGiven()
  @IsEnum(CommunityStatus)
  status?: CommunityStatus;

  @Field(() => String, { nullable: true })
  @NullableText(MAX_NARRATIVE)
  description?: string | null;
}
