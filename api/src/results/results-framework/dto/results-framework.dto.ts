import { Field, GraphQLISODateTime, ObjectType } from '@nestjs/graphql';
import { TimestampedDTO } from '#src/common/crud/timestamped.dto.js';
import { LocalDateScalar } from '#src/common/scalars/local-date.scalar.js';

@ObjectType('ResultsFramework')
export class ResultsFrameworkDTO extends TimestampedDTO {
  @Field()
  title: string;

  @Field(() => String, { nullable: true })
  description: string | null;

  @Field(() => LocalDateScalar)
  startDate: string;

  @Field(() => LocalDateScalar)
  endDate: string;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'Null while only ILO staff may see it' })
  publishedAt: Date | null;
}
