import { InputError } from '#src/common/errors/input.error.js';

/** A date range ends on or after it starts; `endField` names the end. Dates are YYYY-MM-DD. */
export function checkDateRange(startDate: string, endDate: string | null, endField = 'endDate'): void {
  if (endDate !== null && endDate < startDate) {
    throw InputError.field(endField, `must not be before the start date (${startDate})`);
  }
}
