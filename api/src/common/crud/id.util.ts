import { InputError } from '#src/common/errors/input.error.js';

const MAX_ID = 2_147_483_647;

/** GraphQL IDs arrive as strings; ours are positive integers. */
export function parseId(value: string | number, field: string): number {
  const id = typeof value === 'number' ? value : /^\d{1,10}$/.test(value) ? Number(value) : Number.NaN;
  if (!Number.isInteger(id) || id < 1 || id > MAX_ID) {
    throw InputError.field(field, `"${String(value).slice(0, 40)}" is not a valid id`);
  }
  return id;
}
