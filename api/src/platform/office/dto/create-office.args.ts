import { ArgsType, Field, ID } from '@nestjs/graphql';
import { IsEnum } from 'class-validator';
import { Defaulted, NullableId, RequiredText } from '#src/common/validation/field.decorators.js';
import { MAX_CODE, MAX_NAME } from '#src/common/validation/limits.js';
import { CountryCodes, OfficeCode } from '#src/platform/office/dto/office-fields.js';
import { OfficeType } from '#src/platform/office/office-type.enum.js';

@ArgsType()
export class CreateOfficeArgs {
  @Field()
  @RequiredText(MAX_CODE)
  @OfficeCode()
  code: string;

  @Field()
  @RequiredText(MAX_NAME)
  name: string;

  @Field(() => OfficeType)
  @IsEnum(OfficeType)
  type: OfficeType;

  @Field(() => ID, { nullable: true })
  @NullableId()
  parentId?: string | null;

  @Field(() => [String], { nullable: true })
  @Defaulted()
  @CountryCodes()
  countries?: string[];
}
