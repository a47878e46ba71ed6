import { ArgsType, Field, ID } from '@nestjs/graphql';
import { LocalDateScalar } from '#src/common/scalars/local-date.scalar.js';
import { MAX_NARRATIVE, MAX_URL } from '#src/common/validation/limits.js';
import {
  Clearable,
  Defaulted,
  IdList,
  NullableId,
  NullableText,
  RequiredId,
  RequiredText,
  WebAddress,
} from '#src/common/validation/field.decorators.js';

@ArgsType()
export class CreateKmMilestoneArgs {
  @Field(() => ID)
  @RequiredId()
  officeId: string;

  @Field(() => LocalDateScalar)
  startDate: string;

  @Field(() => LocalDateScalar, { nullable: true, description: 'None for a single day' })
  @Clearable()
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

  @Field(() => [ID], { nullable: true, description: 'The indicator components it advances (none by default)' })
  @Defaulted()
  @IdList()
  componentIds?: string[];
}
