import { ArgsType, Field, ID } from '@nestjs/graphql';
import { IsBoolean, IsEnum, IsString, MaxLength } from 'class-validator';
import { Role } from '#src/platform/auth/role.enum.js';
import { Defaulted, IdList, RequiredText } from '#src/common/validation/field.decorators.js';
import { UserEmail } from '#src/platform/user/dto/user-fields.js';

@ArgsType()
export class CreateUserArgs {
  @Field()
  @RequiredText(254)
  @UserEmail()
  email: string;

  @Field()
  @RequiredText(200)
  name: string;

  @Field({
    description:
      'At least 10 characters, mixing letters with digits or symbols; a new one (updateUser) signs the user out everywhere',
  })
  @IsString()
  @MaxLength(200)
  password: string;

  @Field(() => Role)
  @IsEnum(Role)
  role: Role;

  @Field(() => [ID], { nullable: true, description: 'Offices the user works for' })
  @Defaulted()
  @IdList()
  officeIds?: string[];

  @Field({ nullable: true, defaultValue: true })
  @Defaulted()
  @IsBoolean()
  active?: boolean;
}
