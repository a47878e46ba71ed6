import { ArgsType, Field, ID } from '@nestjs/graphql';
import { IsEnum } from 'class-validator';
import { NotNullWhenGiven, NullableText, RequiredId } from '#src/common/validation/field.decorators.js';
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

/** The area and quarter identify a status and do not change. */
@ArgsType()
export class UpdateWorkAreaStatusArgs {
  @Field(() => ID)
  @RequiredId()
  id: string;

  @Field(() => WorkAreaProgress, { nullable: true })
  @NotNullWhenGiven()
  @IsEnum(WorkAreaProgress)
  status?: WorkAreaProgress;

  @Field(() => String, { nullable: true })
  @NullableText(MAX_NARRATIVE)
  note?: string | null;
}
