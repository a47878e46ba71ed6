import { ArgsType, Field, GraphQLISODateTime, ID, ObjectType } from '@nestjs/graphql';
import { ArrayMaxSize, ArrayMinSize, IsArray, Matches } from 'class-validator';
import { LocalDateScalar } from '#src/common/scalars/local-date.scalar.js';
import { NullableId } from '#src/common/validation/field.decorators.js';

@ObjectType('ComplianceCell', { description: 'One programme (office and country) in one quarter' })
export class ComplianceCellDTO {
  @Field(() => ID)
  officeId: number;

  @Field()
  officeCode: string;

  @Field(() => ID)
  programmeId: number;

  @Field()
  countryCode: string;

  @Field(() => ID)
  periodId: number;

  @Field()
  periodCode: string;

  @Field(() => ID, { nullable: true })
  reportId: number | null;

  @Field({ description: 'NOT_STARTED, DRAFT, SUBMITTED, RETURNED or APPROVED' })
  status: string;

  @Field(() => LocalDateScalar)
  dueDate: string;

  @Field(() => GraphQLISODateTime, { nullable: true })
  firstSubmittedAt: Date | null;

  @Field(() => Boolean, { nullable: true, description: 'Null while not submitted and not yet due' })
  onTime: boolean | null;
}

@ArgsType()
export class ReportingComplianceArgs {
  @Field(() => [ID])
  @IsArray()
  @ArrayMinSize(1, { message: 'name at least one period' })
  @ArrayMaxSize(40, { message: 'name at most 40 periods' })
  @Matches(/^\d{1,10}$/, { each: true, message: 'must be a list of ids' })
  periodIds: string[];

  @Field(() => ID, { nullable: true, description: 'This office and those under it' })
  @NullableId()
  officeId?: string | null;
}
