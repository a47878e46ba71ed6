import { ArgsType, Field } from '@nestjs/graphql';
import { IsEnum, IsString, MaxLength } from 'class-validator';
import { Language } from '#src/platform/user/language.enum.js';

@ArgsType()
export class LoginArgs {
  @Field()
  @IsString()
  @MaxLength(254)
  email: string;

  @Field()
  @IsString()
  @MaxLength(200)
  password: string;
}

@ArgsType()
export class ChangeMyPasswordArgs {
  @Field()
  @IsString()
  @MaxLength(200)
  currentPassword: string;

  @Field()
  @IsString()
  @MaxLength(200)
  newPassword: string;
}

@ArgsType()
export class SetMyLanguageArgs {
  @Field(() => Language)
  @IsEnum(Language, { message: 'must be one of EN, FR, ES' })
  language: Language;
}
