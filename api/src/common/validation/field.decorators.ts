import { applyDecorators } from '@nestjs/common';
import { ArrayMaxSize, IsOptional, IsString, Matches, MaxLength, ValidateIf } from 'class-validator';

const notBlank = Matches(/\S/, { message: 'must not be blank' });
const maxLength = (max: number) => MaxLength(max, { message: `must be at most ${max} characters long` });
const isText = IsString({ message: 'must be text' });

/** A required, non-blank string of at most `max` characters. */
export const RequiredText = (max: number) => applyDecorators(isText, notBlank, maxLength(max));

/** An optional string that may be cleared with null. */
export const NullableText = (max: number) => applyDecorators(IsOptional(), isText, maxLength(max));

/** On update: may be left out, but not cleared, since the field is required. */
export const UpdatableText = (max: number) =>
  applyDecorators(
    ValidateIf((_, value) => value !== undefined),
    isText,
    notBlank,
    maxLength(max),
  );

/** On update: may be left out, but never null. */
export const NotNullWhenGiven = () => ValidateIf((_, value) => value !== undefined);

const idPattern = Matches(/^\d{1,10}$/, { message: 'must be an id' });

export const RequiredId = () => applyDecorators(isText, idPattern);
export const NullableId = () => applyDecorators(IsOptional(), isText, idPattern);
export const UpdatableId = () => applyDecorators(NotNullWhenGiven(), isText, idPattern);

/** A list of ids, e.g. officeIds or componentIds. */
export const IdList = (max = 50) =>
  applyDecorators(
    ArrayMaxSize(max, { message: `must list at most ${max} ids` }),
    Matches(/^\d{1,10}$/, { each: true, message: 'must be a list of ids' }),
  );
