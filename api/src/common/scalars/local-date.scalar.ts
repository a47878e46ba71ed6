import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function parseLocalDate(value: unknown): string {
  const match = typeof value === 'string' ? DATE.exec(value) : null;
  if (match) {
    const [, year, month, day] = match.map(Number);
    const date = new Date(Date.UTC(year!, month! - 1, day!));
    if (date.getUTCFullYear() === year && date.getUTCMonth() === month! - 1 && date.getUTCDate() === day) {
      return value as string;
    }
  }
  throw new GraphQLError(`"${String(value).slice(0, 40)}" is not a calendar date written as YYYY-MM-DD`, {
    extensions: { code: 'BAD_USER_INPUT' },
  });
}

/** A calendar date without time or zone, written YYYY-MM-DD. */
export const LocalDateScalar = new GraphQLScalarType<string, string>({
  name: 'LocalDate',
  description: 'A calendar date without time or time zone, written YYYY-MM-DD',
  // Dates read from PostgreSQL arrive as valid 'YYYY-MM-DD' text (pg-types.ts): only the shape is checked.
  serialize: (value) =>
    value instanceof Date
      ? value.toISOString().slice(0, 10)
      : typeof value === 'string' && DATE.test(value)
        ? value
        : parseLocalDate(value),
  parseValue: parseLocalDate,
  parseLiteral: (ast) => {
    if (ast.kind !== Kind.STRING) {
      throw new GraphQLError('A LocalDate is written as a string YYYY-MM-DD', {
        extensions: { code: 'BAD_USER_INPUT' },
      });
    }
    return parseLocalDate(ast.value);
  },
});
