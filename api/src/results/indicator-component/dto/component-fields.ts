import { applyDecorators } from '@nestjs/common';
import { DecimalValue } from '#src/common/validation/decimal.decorator.js';
import { Clearable } from '#src/common/validation/field.decorators.js';

/** An optional number that may be cleared with null. */
export const NullableDecimal = () => applyDecorators(Clearable(), DecimalValue());
