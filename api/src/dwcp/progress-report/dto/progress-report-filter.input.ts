import { Field, InputType } from '@nestjs/graphql';
import { IsEnum, IsOptional } from 'class-validator';
import { BaseFilter } from '#src/common/crud/base-filter.input.js';
import { FilterId } from '#src/common/crud/filter.decorators.js';
import { ReportStatus } from '#src/dwcp/progress-report/progress-report.enums.js';

@InputType('ProgressReportFilter')
export class ProgressReportFilter extends BaseFilter {
  @FilterId()
  programmeId?: string;

  @FilterId()
  periodId?: string;

  @FilterId()
  officeId?: string;

  @Field(() => ReportStatus, { nullable: true })
  @IsOptional()
  @IsEnum(ReportStatus)
  status?: ReportStatus;
}
