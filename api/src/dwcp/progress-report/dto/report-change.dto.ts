import { Field, ObjectType } from '@nestjs/graphql';

@ObjectType('ReportChange')
export class ReportChangeDTO {
  @Field({ description: 'e.g. achievements, line A1.status, result 12.value' })
  field: string;

  @Field(() => String, { nullable: true, description: 'As JSON' })
  before: string | null;

  @Field(() => String, { nullable: true, description: 'As JSON' })
  after: string | null;
}
