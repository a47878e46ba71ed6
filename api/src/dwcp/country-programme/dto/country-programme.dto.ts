import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { TimestampedDTO } from '#src/common/crud/timestamped.dto.js';
import { ProgrammeStatus } from '#src/dwcp/country-programme/country-programme.enums.js';

@ObjectType('CountryProgramme')
export class CountryProgrammeDTO extends TimestampedDTO {
  @Field(() => ID)
  officeId: number;

  @Field({ description: 'ISO 3166-1 alpha-3' })
  countryCode: string;

  @Field()
  title: string;

  @Field(() => Int)
  startYear: number;

  @Field(() => Int)
  endYear: number;

  @Field(() => ProgrammeStatus)
  status: ProgrammeStatus;
}
