import { ArgsType, Field, ID } from '@nestjs/graphql';
import { IsOptional, IsUrl } from 'class-validator';
import { LocalDateScalar } from '#src/common/scalars/local-date.scalar.js';
import {
  NotNullWhenGiven,
  NullableId,
  NullableText,
  RequiredId,
  RequiredText,
  UpdatableText,
} from '#src/common/validation/field.decorators.js';
import { MAX_NARRATIVE, MAX_URL } from '#src/common/validation/limits.js';

const WebAddress = () =>
  IsUrl(
    { protocols: ['http', 'https'], require_protocol: true },
    { message: 'must be a web address starting with http:// or https://' },
  );

@ArgsType()
export class CreateKmMilestoneArgs {
  @Field(() => ID)
  @RequiredId()
  officeId: string;

  @Field(() => LocalDateScalar)
  startDate: string;

  @Field(() => LocalDateScalar, { nullable: true, description: 'Leave out for a single day' })
  @IsOptional()
  endDate?: string | null;

  @Field()
  @RequiredText(500)
  title: string;

  @Field()
  @RequiredText(MAX_NARRATIVE)
  description: string;

  @Field(() => String, { nullable: true })
  @NullableText(MAX_URL)
  @WebAddress()
  link?: string | null;

  @Field(() => ID, { nullable: true, description: "A community of practice of the milestone's office" })
  @NullableId()
  communityId?: string | null;

  @Field(() => ID, { nullable: true })
  @NullableId()
  componentId?: string | null;
}

/** A milestone stays with its office. */
@ArgsType()
export class UpdateKmMilestoneArgs {
  @Field(() => ID)
  @RequiredId()
  id: string;

  @Field(() => LocalDateScalar, { nullable: true })
  @NotNullWhenGiven()
  startDate?: string;

  @Field(() => LocalDateScalar, { nullable: true })
  @IsOptional()
  endDate?: string | null;

  @Field({ nullable: true })
  @UpdatableText(500)
  title?: string;

  @Field({ nullable: true })
  @UpdatableText(MAX_NARRATIVE)
  description?: string;

  @Field(() => String, { nullable: true })
  @NullableText(MAX_URL)
  @WebAddress()
  link?: string | null;

  @Field(() => ID, { nullable: true })
  @NullableId()
  communityId?: string | null;

  @Field(() => ID, { nullable: true })
  @NullableId()
  componentId?: string | null;
}
