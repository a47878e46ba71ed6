import { Field, InputType } from '@nestjs/graphql';
import { IsEnum, IsOptional, MaxLength } from 'class-validator';
import { BaseFilter } from '#src/common/crud/base-filter.input.js';
import { LocalDateScalar } from '#src/common/scalars/local-date.scalar.js';
import { PeriodKind, PeriodStatus } from '#src/platform/reporting-period/reporting-period.enums.js';

@InputType('ReportingPeriodFilter')
export class ReportingPeriodFilter extends BaseFilter {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(10)
  code?: string;

  @Field(() => PeriodKind, { nullable: true })
  @IsOptional()
  @IsEnum(PeriodKind)
  kind?: PeriodKind;

  @Field(() => PeriodStatus, { nullable: true })
  @IsOptional()
  @IsEnum(PeriodStatus)
  status?: PeriodStatus;

  @Field(() => LocalDateScalar, { nullable: true })
  @IsOptional()
  startDate_gte?: string;

  @Field(() => LocalDateScalar, { nullable: true })
  @IsOptional()
  endDate_lte?: string;
}
