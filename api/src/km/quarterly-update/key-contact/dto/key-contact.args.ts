import { ArgsType, Field, ID, Int } from '@nestjs/graphql';
import { IsEmail, IsInt, IsOptional, Max, Min } from 'class-validator';
import { NotNullWhenGiven, RequiredId, RequiredText, UpdatableText } from '#src/common/validation/field.decorators.js';
import { MAX_NAME } from '#src/common/validation/limits.js';

@ArgsType()
export class CreateKeyContactArgs {
  @Field(() => ID)
  @RequiredId()
  updateId: string;

  @Field(() => Int, { nullable: true, description: 'Defaults to after the last contact' })
  @IsOptional()
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

/** A contact stays in its update. */
@ArgsType()
export class UpdateKeyContactArgs {
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
  @UpdatableText(MAX_NAME)
  name?: string;

  @Field({ nullable: true })
  @UpdatableText(300)
  title?: string;

  @Field({ nullable: true })
  @UpdatableText(320)
  @IsEmail({}, { message: 'must be an email address' })
  email?: string;
}
