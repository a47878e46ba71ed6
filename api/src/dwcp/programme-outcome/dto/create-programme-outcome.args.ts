import { ArgsType, Field, ID } from '@nestjs/graphql';
import { MAX_NARRATIVE } from '#src/common/validation/limits.js';
import { Defaulted, IdList, NullableText, RequiredId, RequiredText } from '#src/common/validation/field.decorators.js';

@ArgsType()
export class CreateProgrammeOutcomeArgs {
  @Field(() => ID)
  @RequiredId()
  programmeId: string;

  @Field()
  @RequiredText(20)
  code: string;

  @Field()
  @RequiredText(500)
  title: string;

  @Field(() => String, { nullable: true })
  @NullableText(MAX_NARRATIVE)
  description?: string | null;

  @Field(() => [ID], { nullable: true })
  @Defaulted()
  @IdList(20)
  frameworkOutcomeIds?: string[];
}
