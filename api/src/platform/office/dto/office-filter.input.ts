import { Field, InputType } from '@nestjs/graphql';
import { IsEnum, IsOptional, MaxLength } from 'class-validator';
import { BaseFilter } from '#src/common/crud/base-filter.input.js';
import { FilterId } from '#src/common/crud/filter.decorators.js';
import { OfficeType } from '#src/platform/office/office-type.enum.js';

@InputType('OfficeFilter')
export class OfficeFilter extends BaseFilter {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(20)
  code?: string;

  @Field(() => OfficeType, { nullable: true })
  @IsOptional()
  @IsEnum(OfficeType)
  type?: OfficeType;

  @FilterId()
  parentId?: string;

  @Field(() => String, { nullable: true, description: 'Offices covering this ISO alpha-3 country code' })
  @IsOptional()
  @MaxLength(3)
  country?: string;
}
