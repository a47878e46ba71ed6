import { Field, ID, ObjectType } from '@nestjs/graphql';
import { TimestampedDTO } from '#src/common/crud/timestamped.dto.js';

@ObjectType('ProgrammeOutcome')
export class ProgrammeOutcomeDTO extends TimestampedDTO {
  @Field(() => ID)
  programmeId: number;

  @Field({ description: 'e.g. BGD101' })
  code: string;

  @Field()
  title: string;

  @Field(() => String, { nullable: true })
  description: string | null;

  @Field(() => [ID], { description: 'Framework outcomes this outcome contributes to' })
  frameworkOutcomeIds: number[];
}
