import { ArgsType, Field, ID } from '@nestjs/graphql';
import { IsEnum } from 'class-validator';
import { NotNullWhenGiven, NullableId, RequiredId, UpdatableText } from '#src/common/validation/field.decorators.js';
import { MAX_CODE, MAX_NAME } from '#src/common/validation/limits.js';
import { CountryCodes, OfficeCode } from '#src/platform/office/dto/office-fields.js';
import { OfficeType } from '#src/platform/office/office-type.enum.js';

@ArgsType()
export class UpdateOfficeArgs {
  @Field(() => ID)
  @RequiredId()
  id: string;

  @Field({ nullable: true })
  @UpdatableText(MAX_CODE)
  @OfficeCode()
  code?: string;

  @Field({ nullable: true })
  @UpdatableText(MAX_NAME)
  name?: string;

  @Field(() => OfficeType, { nullable: true })
  @NotNullWhenGiven()
  @IsEnum(OfficeType)
  type?: OfficeType;

  @Field(() => ID, { nullable: true })
  @NullableId()
  parentId?: string | null;

  @Field(() => [String], { nullable: true })
  @NotNullWhenGiven()
  @CountryCodes()
  countries?: string[];
}
