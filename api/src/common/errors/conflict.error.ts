import { GraphQLError } from 'graphql';

/** The request is valid but clashes with stored data (a duplicate code, a record still in use). */
export class ConflictError extends GraphQLError {
  constructor(field: string, message: string) {
    super(`${field}: ${message}`, { extensions: { code: 'CONFLICT', fields: [{ field, message }] } });
  }
}
