import { ArgsType, Field, Float, ID, InputType, Int, PickType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsEnum, IsInt, IsOptional, Max, Min, ValidateNested } from 'class-validator';
import { BaseFilter } from '#src/common/crud/base-filter.input.js';
import { FilterId } from '#src/common/crud/filter.decorators.js';
import { NullableText, RequiredId, RequiredText } from '#src/common/validation/field.decorators.js';
import { MAX_NARRATIVE } from '#src/common/validation/limits.js';
import { RESULT_VALUE_FIELDS } from '#src/results/indicator-result/dto/create-indicator-result.args.js';
import { ResultValueFields } from '#src/results/indicator-result/dto/result-value-fields.js';
import { LineStatus, ReportStatus } from '#src/dwcp/progress-report/progress-report.enums.js';

@ArgsType()
export class CreateProgressReportArgs {
  @Field(() => ID)
  @RequiredId()
  programmeId: string;

  @Field(() => ID, { description: 'A quarter' })
  @RequiredId()
  periodId: string;
}

@InputType('ReportLineInput')
export class ReportLineInput {
  @Field(() => ID)
  @RequiredId()
  planItemId: string;

  @Field(() => LineStatus)
  @IsEnum(LineStatus)
  status: LineStatus;

  @Field(() => Float, { nullable: true })
  @IsOptional()
  @Min(0, { message: 'must be between 0 and 100' })
  @Max(100, { message: 'must be between 0 and 100' })
  percentComplete?: number | null;

  @Field(() => String, { nullable: true })
  @NullableText(MAX_NARRATIVE)
  narrative?: string | null;

  @Field(() => String, { nullable: true })
  @NullableText(MAX_NARRATIVE)
  challenges?: string | null;
}

@InputType('ReportResultInput')
export class ReportResultInput extends PickType(ResultValueFields, RESULT_VALUE_FIELDS, InputType) {
  @Field(() => ID)
  @RequiredId()
  componentId: string;
}

/** Saves the whole report (narrative, lines, results) in one transaction. */
@ArgsType()
export class UpdateProgressReportArgs {
  @Field(() => ID)
  @RequiredId()
  id: string;

  @Field(() => Int, { description: 'The version the edit started from' })
  @IsInt()
  version: number;

  @Field(() => String, { nullable: true })
  @NullableText(MAX_NARRATIVE)
  achievements?: string | null;

  @Field(() => String, { nullable: true })
  @NullableText(MAX_NARRATIVE)
  challenges?: string | null;

  @Field(() => String, { nullable: true })
  @NullableText(MAX_NARRATIVE)
  nextSteps?: string | null;

  @Field(() => [ReportLineInput], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(500)
  @ValidateNested({ each: true })
  @Type(() => ReportLineInput)
  lines?: ReportLineInput[];

  @Field(() => [ReportResultInput], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(500)
  @ValidateNested({ each: true })
  @Type(() => ReportResultInput)
  results?: ReportResultInput[];
}

@ArgsType()
export class SubmitProgressReportArgs {
  @Field(() => ID)
  @RequiredId()
  id: string;

  @Field(() => Int, { description: 'The version being submitted; submitting it twice does nothing twice' })
  @IsInt()
  version: number;
}

@InputType('LineCommentInput')
export class LineCommentInput {
  @Field(() => ID)
  @RequiredId()
  lineId: string;

  @Field()
  @RequiredText(MAX_NARRATIVE)
  comment: string;
}

@ArgsType()
export class ReturnProgressReportArgs {
  @Field(() => ID)
  @RequiredId()
  id: string;

  @Field({ description: 'Required: why the report goes back' })
  @RequiredText(MAX_NARRATIVE)
  reason: string;

  @Field(() => [LineCommentInput], { nullable: true, description: 'Lines to flag, with the reviewer’s comment' })
  @IsOptional()
  @ArrayMaxSize(500)
  @ValidateNested({ each: true })
  @Type(() => LineCommentInput)
  lineComments?: LineCommentInput[];
}

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
