import { ArgsType, Field, ID, Int } from '@nestjs/graphql';
import { IsEnum, IsInt, Matches, Max, Min } from 'class-validator';
import { ProgrammeStatus } from '#src/dwcp/country-programme/country-programme.enums.js';
import { Defaulted, RequiredId, RequiredText } from '#src/common/validation/field.decorators.js';

@ArgsType()
export class CreateCountryProgrammeArgs {
  @Field(() => ID)
  @RequiredId()
  officeId: string;

  @Field()
  @Matches(/^[A-Z]{3}$/, { message: 'must be an ISO 3166-1 alpha-3 code such as BGD' })
  countryCode: string;

  @Field()
  @RequiredText(300)
  title: string;

  @Field(() => Int)
  @IsInt()
  @Min(1990)
  @Max(2100)
  startYear: number;

  @Field(() => Int)
  @IsInt()
  @Min(1990)
  @Max(2100)
  endYear: number;

  @Field(() => ProgrammeStatus, { nullable: true })
  @Defaulted()
  @IsEnum(ProgrammeStatus)
  status?: ProgrammeStatus;
}
