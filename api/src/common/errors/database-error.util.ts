import { QueryFailedError } from 'typeorm';
import { ConflictError } from '#src/common/errors/conflict.error.js';
import { InputError } from '#src/common/errors/input.error.js';

interface PostgresDriverError {
  code?: string;
  constraint?: string;
  detail?: string;
}

/** Column names in constraint details are snake_case; clients know the camelCase argument. */
const toArgumentName = (column: string): string =>
  column.replace(/_([a-z])/g, (_, letter: string) => letter.toUpperCase());

/**
 * Services check their rules before writing; this is the backstop for a race between two
 * requests (two creates of the same code), so that the database's refusal still names a field.
 */
export function translateDatabaseError(error: unknown): unknown {
  if (!(error instanceof QueryFailedError)) return error;
  const driverError = error.driverError as PostgresDriverError;
  const column = /\(([a-z_]+)(?:,|\))/.exec(driverError.detail ?? '')?.[1];
  const field = column ? toArgumentName(column) : (driverError.constraint ?? 'input');
  switch (driverError.code) {
    case '23505':
      return new ConflictError(field, 'a record with this value already exists');
    case '23503': // foreign_key_violation
    case '23001': // restrict_violation: what ON DELETE RESTRICT raises (PGlite reports it where PostgreSQL may say 23503)
      return new ConflictError(field, 'refers to a missing record, or the record is still in use');
    case '23514':
      return InputError.field(field, `violates the rule ${driverError.constraint ?? ''}`.trim());
    case '22P02':
    case '22003':
    case '22007':
    case '22008':
      return InputError.field(field, 'is not a valid value');
    case '22021': // character_not_in_repertoire: a NUL byte that got past the request checks
    case '22P05': // untranslatable_character: the same inside JSON
      return InputError.field(field, 'contains a character that cannot be stored (U+0000)');
    default:
      return error;
  }
}
