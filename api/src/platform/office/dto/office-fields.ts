import { applyDecorators } from '@nestjs/common';
import { ArrayMaxSize, ArrayUnique, IsString, Matches } from 'class-validator';
import { MAX_LIST } from '#src/common/validation/limits.js';

export const OFFICE_CODE_PATTERN = /^[A-Z][A-Z0-9-]{1,19}$/;

export const OfficeCode = () =>
  Matches(OFFICE_CODE_PATTERN, { message: 'must be 2-20 capital letters, digits or hyphens, starting with a letter' });

export const CountryCodes = () =>
  applyDecorators(
    ArrayMaxSize(MAX_LIST, { message: `must list at most ${MAX_LIST} countries` }),
    ArrayUnique({ message: 'must not list a country twice' }),
    IsString({ each: true, message: 'must be a list of country codes' }),
  );
