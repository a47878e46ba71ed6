import { GraphQLError } from 'graphql';

/** A valid request that asks for something outside the actor's rights, e.g. another office. */
export class ForbiddenInputError extends GraphQLError {
  constructor(field: string, message: string) {
    super(`${field}: ${message}`, { extensions: { code: 'FORBIDDEN', fields: [{ field, message }] } });
  }
}
