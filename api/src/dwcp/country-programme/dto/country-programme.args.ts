import { ArgsType, Field, ID, Int } from '@nestjs/graphql';
import { IsEnum, IsInt, IsOptional, Matches, Max, Min } from 'class-validator';
import { NotNullWhenGiven, RequiredId, RequiredText, UpdatableText } from '#src/common/validation/field.decorators.js';
import { ProgrammeStatus } from '#src/dwcp/country-programme/country-programme.enums.js';

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
  @IsOptional()
  @IsEnum(ProgrammeStatus)
  status?: ProgrammeStatus;
}

/** The office and country identify a programme and do not change. */
@ArgsType()
export class UpdateCountryProgrammeArgs {
  @Field(() => ID)
  @RequiredId()
  id: string;

  @Field({ nullable: true })
  @UpdatableText(300)
  title?: string;

  @Field(() => Int, { nullable: true })
  @NotNullWhenGiven()
  @IsInt()
  @Min(1990)
  @Max(2100)
  startYear?: number;

  @Field(() => Int, { nullable: true })
  @NotNullWhenGiven()
  @IsInt()
  @Min(1990)
  @Max(2100)
  endYear?: number;

  @Field(() => ProgrammeStatus, { nullable: true })
  @NotNullWhenGiven()
  @IsEnum(ProgrammeStatus)
  status?: ProgrammeStatus;
}
