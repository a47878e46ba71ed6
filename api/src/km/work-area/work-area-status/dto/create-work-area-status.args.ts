import { ArgsType, Field, ID } from '@nestjs/graphql';
import { IsEnum } from 'class-validator';
import { NullableText, RequiredId } from '#src/common/validation/field.decorators.js';
import { MAX_NARRATIVE } from '#src/common/validation/limits.js';
import { WorkAreaProgress } from '#src/km/work-area/work-area-status/work-area-status.enums.js';

@ArgsType()
export class CreateWorkAreaStatusArgs {
  @Field(() => ID)
  @RequiredId()
  workAreaId: string;

  @Field(() => ID, { description: 'A quarter; one status per area and quarter' })
  @RequiredId()
  periodId: string;

  @Field(() => WorkAreaProgress)
  @IsEnum(WorkAreaProgress)
  status: WorkAreaProgress;

  @Field(() => String, { nullable: true })
  @NullableText(MAX_NARRATIVE)
  note?: string | null;
}
