import { applyDecorators } from '@nestjs/common';
import { IsNumber, Max, Min } from 'class-validator';

// numeric(18,4) holds up to 10^14; keep well inside it.
const LIMIT = 1e13;

/** A finite number that fits the database's numeric columns. */
export const DecimalValue = () =>
  applyDecorators(
    IsNumber({ allowNaN: false, allowInfinity: false }, { message: 'must be a number' }),
    Min(-LIMIT, { message: 'must be at least -10^13' }),
    Max(LIMIT, { message: 'must be at most 10^13' }),
  );
