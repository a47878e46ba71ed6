import { GraphQLError } from 'graphql';

/** The request is too big to accept at all (HTTP 413), e.g. an upload over the size limit. */
export class PayloadTooLargeError extends GraphQLError {
  constructor(field: string, message: string) {
    super(`${field}: ${message}`, { extensions: { code: 'PAYLOAD_TOO_LARGE', fields: [{ field, message }] } });
  }
}
