import { ArgsType, Field, GraphQLISODateTime, ID, ObjectType } from '@nestjs/graphql';
import { ArrayMaxSize, ArrayMinSize, IsArray, Matches } from 'class-validator';
import { LocalDateScalar } from '#src/common/scalars/local-date.scalar.js';
import { NullableId } from '#src/common/validation/field.decorators.js';
import { ComplianceState } from '#src/dwcp/reporting-compliance/compliance-rule.js';

@ObjectType('ComplianceCell', { description: 'One programme in one quarter' })
export class ComplianceCellDTO {
  @Field(() => ID)
  periodId: number;

  @Field(() => ID, { nullable: true })
  reportId: number | null;

  @Field({ description: 'NOT_STARTED, DRAFT, SUBMITTED, RETURNED or APPROVED' })
  status: string;

  @Field(() => GraphQLISODateTime, { nullable: true })
  firstSubmittedAt: Date | null;

  @Field(() => Boolean, { nullable: true, description: 'Null while not submitted and not yet due' })
  onTime: boolean | null;

  @Field(() => ComplianceState, { description: 'Where the quarter stands for the programme, as of asOf' })
  state: ComplianceState;
}

@ObjectType('ProgrammeCompliance', { description: 'One active programme (office and country) and its quarters' })
export class ProgrammeComplianceDTO {
  @Field(() => ID)
  programmeId: number;

  @Field(() => ID)
  officeId: number;

  @Field()
  officeCode: string;

  @Field()
  countryCode: string;

  @Field(() => [ComplianceCellDTO], {
    description: 'The quarters asked for that fall within the programme, oldest first',
  })
  cells: ComplianceCellDTO[];
}

@ObjectType('CompliancePeriod', { description: 'A quarter asked for, with the date its reports are due' })
export class CompliancePeriodDTO {
  @Field(() => ID)
  id: number;

  @Field()
  code: string;

  @Field(() => LocalDateScalar)
  dueDate: string;

  @Field(() => LocalDateScalar)
  endDate: string;

  @Field({ description: 'OPEN, LOCKED or CLOSED' })
  status: string;
}

@ObjectType('ReportingCompliance', {
  description: "Who has reported for which quarter: each programme once, with its quarters' cells",
})
export class ReportingComplianceDTO {
  @Field(() => LocalDateScalar, {
    description: 'The day the states are computed for: REPORTING_DATE, else the demo reference date, else today',
  })
  asOf: string;

  @Field(() => [CompliancePeriodDTO], { description: 'Oldest first' })
  periods: CompliancePeriodDTO[];

  @Field(() => [ProgrammeComplianceDTO], { description: 'By office code, then country code' })
  programmes: ProgrammeComplianceDTO[];
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
