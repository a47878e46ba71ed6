import { ArgsType, Field, ID, Int } from '@nestjs/graphql';
import { IsEmail, IsInt, Max, Min } from 'class-validator';
import { MAX_NAME } from '#src/common/validation/limits.js';
import { Defaulted, RequiredId, RequiredText } from '#src/common/validation/field.decorators.js';

@ArgsType()
export class CreateKeyContactArgs {
  @Field(() => ID)
  @RequiredId()
  updateId: string;

  @Field(() => Int, {
    nullable: true,
    description: 'Place in the list, from 1; created without one: after the last contact',
  })
  @Defaulted()
  @IsInt()
  @Min(1)
  @Max(100)
  position?: number;

  @Field()
  @RequiredText(MAX_NAME)
  name: string;

  @Field()
  @RequiredText(300)
  title: string;

  @Field()
  @RequiredText(320)
  @IsEmail({}, { message: 'must be an email address' })
  email: string;
}
