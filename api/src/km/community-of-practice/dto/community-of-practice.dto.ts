import { Field, ID, ObjectType } from '@nestjs/graphql';
import { TimestampedDTO } from '#src/common/crud/timestamped.dto.js';
import { LocalDateScalar } from '#src/common/scalars/local-date.scalar.js';
import { CommunityStatus } from '#src/km/community-of-practice/community-of-practice.enums.js';

@ObjectType('CommunityOfPractice')
export class CommunityOfPracticeDTO extends TimestampedDTO {
  @Field(() => ID, { description: 'The sponsoring office' })
  officeId: number;

  @Field()
  name: string;

  @Field({ description: 'e.g. "AP-IRNet"' })
  acronym: string;

  @Field({ description: 'e.g. "Industrial Relations"' })
  theme: string;

  @Field(() => LocalDateScalar, { nullable: true })
  launchDate: string | null;

  @Field(() => String, { nullable: true, description: "The portal's web address" })
  address: string | null;

  @Field(() => CommunityStatus)
  status: CommunityStatus;

  @Field(() => String, { nullable: true })
  description: string | null;
}
