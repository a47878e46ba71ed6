import { Field, Float, ID, InputType } from '@nestjs/graphql';
import { IsBoolean, IsEnum, IsOptional, Max, Min } from 'class-validator';
import { NullableText, RequiredId } from '#src/common/validation/field.decorators.js';
import { MAX_NARRATIVE } from '#src/common/validation/limits.js';
import { LineStatus } from '#src/dwcp/progress-report/progress-report.enums.js';

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

  @Field(() => Boolean, {
    nullable: true,
    description: 'Confirms a status carried forward from the previous quarter (changing it confirms it too)',
  })
  @IsOptional()
  @IsBoolean()
  confirmed?: boolean | null;
}
