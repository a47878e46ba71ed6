import { Field, ID, ObjectType } from '@nestjs/graphql';
import { TimestampedDTO } from '#src/common/crud/timestamped.dto.js';
import { LocalDateScalar } from '#src/common/scalars/local-date.scalar.js';

@ObjectType('KmMilestone')
export class KmMilestoneDTO extends TimestampedDTO {
  @Field(() => ID)
  officeId: number;

  @Field(() => LocalDateScalar)
  startDate: string;

  @Field(() => LocalDateScalar, { nullable: true, description: 'Null for a single day' })
  endDate: string | null;

  @Field()
  title: string;

  @Field()
  description: string;

  @Field(() => String, { nullable: true })
  link: string | null;

  @Field(() => ID, { nullable: true, description: 'The community of practice it concerns' })
  communityId: number | null;

  @Field(() => [ID], { description: 'The indicator components it advances' })
  componentIds: number[];
}
