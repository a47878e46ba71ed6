import { ArgsType, Field, ID, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsInt, IsOptional, ValidateNested } from 'class-validator';
import { NullableText, RequiredId } from '#src/common/validation/field.decorators.js';
import { MAX_NARRATIVE } from '#src/common/validation/limits.js';
import { ReportLineInput } from '#src/dwcp/progress-report/dto/report-line.input.js';
import { ReportResultInput } from '#src/dwcp/progress-report/dto/report-result.input.js';

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
