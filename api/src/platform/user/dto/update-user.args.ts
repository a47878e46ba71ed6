import { ArgsType, Field, ID } from '@nestjs/graphql';
import { IsBoolean, IsEnum, IsString, MaxLength } from 'class-validator';
import { Role } from '#src/platform/auth/role.enum.js';
import { IdList, NotNullWhenGiven, RequiredId, UpdatableText } from '#src/common/validation/field.decorators.js';
import { UserEmail } from '#src/platform/user/dto/user-fields.js';

@ArgsType()
export class UpdateUserArgs {
  @Field(() => ID)
  @RequiredId()
  id: string;

  @Field({ nullable: true })
  @UpdatableText(254)
  @UserEmail()
  email?: string;

  @Field({ nullable: true })
  @UpdatableText(200)
  name?: string;

  @Field({ nullable: true, description: 'A new password; signs the user out everywhere' })
  @NotNullWhenGiven()
  @IsString()
  @MaxLength(200)
  password?: string;

  @Field(() => Role, { nullable: true })
  @NotNullWhenGiven()
  @IsEnum(Role)
  role?: Role;

  @Field(() => [ID], { nullable: true })
  @NotNullWhenGiven()
  @IdList()
  officeIds?: string[];

  @Field({ nullable: true })
  @NotNullWhenGiven()
  @IsBoolean()
  active?: boolean;
}
