import { ArgsType, Field, ID } from '@nestjs/graphql';
import { IsEnum } from 'class-validator';
import { LocalDateScalar } from '#src/common/scalars/local-date.scalar.js';
import { MAX_NARRATIVE, MAX_URL } from '#src/common/validation/limits.js';
import { CommunityStatus } from '#src/km/community-of-practice/community-of-practice.enums.js';
import {
  Clearable,
  Defaulted,
  NullableText,
  RequiredId,
  RequiredText,
  WebAddress,
} from '#src/common/validation/field.decorators.js';

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
  @Clearable()
  launchDate?: string | null;

  @Field(() => String, { nullable: true })
  @NullableText(MAX_URL)
  @WebAddress()
  address?: string | null;

  @Field(() => CommunityStatus, { nullable: true, description: 'ACTIVE when created without one' })
  @Defaulted()
  @IsEnum(CommunityStatus)
  status?: CommunityStatus;

  @Field(() => String, { nullable: true })
  @NullableText(MAX_NARRATIVE)
  description?: string | null;
}
