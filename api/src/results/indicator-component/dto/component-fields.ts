import { applyDecorators } from '@nestjs/common';
import { IsOptional } from 'class-validator';
import { DecimalValue } from '#src/common/validation/decimal.decorator.js';

/** An optional number that may be cleared with null. */
export const NullableDecimal = () => applyDecorators(IsOptional(), DecimalValue());
