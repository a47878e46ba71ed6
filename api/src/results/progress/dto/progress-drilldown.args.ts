import { ArgsType, Field, ID } from '@nestjs/graphql';
import { ArrayMaxSize, ArrayMinSize, IsBoolean, IsOptional, Matches } from 'class-validator';
import { NullableId, RequiredId } from '#src/common/validation/field.decorators.js';

@ArgsType()
export class ProgressTrendArgs {
  @Field(() => ID)
  @RequiredId()
  frameworkId: string;

  @Field(() => ID)
  @RequiredId()
  indicatorId: string;

  @Field(() => [ID], { description: 'The periods to chart, at most 16' })
  @ArrayMinSize(1, { message: 'name at least one period' })
  @ArrayMaxSize(16, { message: 'name at most 16 periods' })
  @Matches(/^\d{1,10}$/, { each: true, message: 'must be a list of ids' })
  periodIds: string[];

  @Field(() => ID, { nullable: true, description: 'This office and the offices under it; all offices when omitted' })
  @NullableId()
  officeId?: string | null;

  @Field(() => Boolean, { nullable: true, defaultValue: false, description: 'Count submitted reports too' })
  @IsOptional()
  @IsBoolean()
  includeSubmitted?: boolean | null;

  @Field(() => Boolean, {
    nullable: true,
    defaultValue: false,
    description:
      "Follow the indicator through its predecessors: each period shows the version whose framework had begun by the period's end",
  })
  @IsOptional()
  @IsBoolean()
  acrossVersions?: boolean | null;
}

@ArgsType()
export class OfficeProgressArgs {
  @Field(() => ID)
  @RequiredId()
  componentId: string;

  @Field(() => ID, { description: 'Progress as of the end of this period' })
  @RequiredId()
  periodId: string;

  @Field(() => Boolean, { nullable: true, defaultValue: false, description: 'Count submitted reports too' })
  @IsOptional()
  @IsBoolean()
  includeSubmitted?: boolean | null;
}
