import { Field, InputType } from '@nestjs/graphql';
import { IsEnum, IsOptional, MaxLength } from 'class-validator';
import { BaseFilter } from '#src/common/crud/base-filter.input.js';
import { FilterId } from '#src/common/crud/filter.decorators.js';
import { ProgrammeStatus } from '#src/dwcp/country-programme/country-programme.enums.js';

@InputType('CountryProgrammeFilter')
export class CountryProgrammeFilter extends BaseFilter {
  @FilterId()
  officeId?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(3)
  countryCode?: string;

  @Field(() => ProgrammeStatus, { nullable: true })
  @IsOptional()
  @IsEnum(ProgrammeStatus)
  status?: ProgrammeStatus;
}
