import { Field, ID, ObjectType } from '@nestjs/graphql';
import { TimestampedDTO } from '#src/common/crud/timestamped.dto.js';

@ObjectType('QuarterlyUpdate')
export class QuarterlyUpdateDTO extends TimestampedDTO {
  @Field(() => ID)
  officeId: number;

  @Field(() => ID, { description: 'A quarter' })
  periodId: number;

  @Field({ description: 'e.g. "JA, GT, SF"' })
  authors: string;

  @Field({ description: 'e.g. "Knowledge Management"' })
  areaOfWork: string;

  @Field()
  executiveSummary: string;

  @Field(() => String, { nullable: true, description: 'The sentence before the milestones' })
  milestonesIntro: string | null;

  @Field(() => String, { nullable: true, description: 'The sentence before the work-in-progress areas' })
  workInProgressIntro: string | null;

  @Field(() => String, { nullable: true, description: 'The paragraph after the work-in-progress areas' })
  workInProgressConclusion: string | null;

  @Field(() => String, { nullable: true, description: 'The sentence before the critical issues' })
  issuesIntro: string | null;

  @Field(() => String, { nullable: true, description: 'The sentence before the key contacts' })
  contactsIntro: string | null;
}
