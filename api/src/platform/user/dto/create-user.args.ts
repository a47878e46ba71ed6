import { ArgsType, Field, ID } from '@nestjs/graphql';
import { IsBoolean, IsEnum, IsOptional, IsString, MaxLength } from 'class-validator';
import { Role } from '#src/platform/auth/role.enum.js';
import { IdList, RequiredText } from '#src/common/validation/field.decorators.js';
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

  @Field({ description: 'At least 10 characters, mixing letters with digits or symbols' })
  @IsString()
  @MaxLength(200)
  password: string;

  @Field(() => Role)
  @IsEnum(Role)
  role: Role;

  @Field(() => [ID], { nullable: true, description: 'Offices the user works for' })
  @IsOptional()
  @IdList()
  officeIds?: string[];

  @Field({ nullable: true, defaultValue: true })
  @IsOptional()
  @IsBoolean()
  active?: boolean;
}
