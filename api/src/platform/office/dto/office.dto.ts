import { Field, ID, ObjectType } from '@nestjs/graphql';
import { TimestampedDTO } from '#src/common/crud/timestamped.dto.js';
import { OfficeType } from '#src/platform/office/office-type.enum.js';

@ObjectType('Office')
export class OfficeDTO extends TimestampedDTO {
  @Field()
  code: string;

  @Field()
  name: string;

  @Field(() => OfficeType)
  type: OfficeType;

  @Field(() => ID, { nullable: true })
  parentId: number | null;

  @Field(() => [String], { description: 'ISO 3166-1 alpha-3 codes of the member States covered' })
  countries: string[];
}
