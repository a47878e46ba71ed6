import { ArgsType, Field, ID } from '@nestjs/graphql';
import { IsBoolean, IsOptional } from 'class-validator';
import { NullableId, RequiredId } from '#src/common/validation/field.decorators.js';

@ArgsType()
export class ComponentProgressArgs {
  @Field(() => ID)
  @RequiredId()
  frameworkId: string;

  @Field(() => ID, { description: 'Progress as of the end of this period' })
  @RequiredId()
  periodId: string;

  @Field(() => ID, { nullable: true, description: 'This office and the offices under it; all offices when omitted' })
  @NullableId()
  officeId?: string | null;

  @Field(() => Boolean, {
    nullable: true,
    defaultValue: false,
    description: 'Count submitted reports too, not only approved ones',
  })
  @IsOptional()
  @IsBoolean()
  includeSubmitted?: boolean | null;

  @Field(() => ID, { nullable: true, description: "Only this indicator's components" })
  @NullableId()
  indicatorId?: string | null;
}
