import { Field, GraphQLISODateTime, ID, ObjectType } from '@nestjs/graphql';

@ObjectType('Notification')
export class NotificationDTO {
  @Field(() => ID)
  id: number;

  @Field({
    description: 'REPORT_SUBMITTED, REPORT_RETURNED, REPORT_APPROVED, REPORT_DUE, REPORT_OVERDUE or PERIOD_UNLOCKED',
  })
  kind: string;

  @Field()
  message: string;

  @Field(() => ID, { nullable: true })
  reportId: number | null;

  @Field(() => ID, { nullable: true })
  programmeId: number | null;

  @Field(() => ID, { nullable: true })
  periodId: number | null;

  @Field(() => GraphQLISODateTime)
  createdAt: Date;

  @Field(() => GraphQLISODateTime, { nullable: true })
  readAt: Date | null;
}
