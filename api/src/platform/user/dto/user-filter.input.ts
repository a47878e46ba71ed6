import { Field, InputType } from '@nestjs/graphql';
import { IsBoolean, IsEnum, IsOptional } from 'class-validator';
import { Role } from '#src/platform/auth/role.enum.js';
import { BaseFilter } from '#src/common/crud/base-filter.input.js';

@InputType('UserFilter')
export class UserFilter extends BaseFilter {
  @Field(() => Role, { nullable: true })
  @IsOptional()
  @IsEnum(Role)
  role?: Role;

  @Field(() => Boolean, { nullable: true })
  @IsOptional()
  @IsBoolean()
  active?: boolean;
}
