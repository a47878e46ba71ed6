import { expect } from '@jest/globals';
import type { GraphQLResponse } from '#test/utils/test-app.js';

/** The data of a response that must have succeeded; shows the errors when it did not. */
export function dataOf<T>(response: GraphQLResponse<T>): T {
  expect(response.errors).toBeUndefined();
  return response.data as T;
}

/** Asserts that the request failed because of `field`, with a reason matching `reason`. */
export function expectFieldError(
  response: GraphQLResponse,
  field: string,
  reason: RegExp,
  code = 'BAD_USER_INPUT',
): void {
  expect(response.errors).toHaveLength(1);
  const [error] = response.errors!;
  expect(error!.extensions?.code).toBe(code);
  const problem = error!.extensions?.fields?.find((candidate) => candidate.field === field);
  expect({ field: problem?.field, message: problem?.message }).toEqual({
    field,
    message: expect.stringMatching(reason),
  });
}

/** Asserts that the request failed as a whole with `code` (FORBIDDEN, UNAUTHENTICATED...). */
export function expectRefused(response: GraphQLResponse, code: string, reason: RegExp): void {
  expect(response.errors?.map((error) => ({ code: error.extensions?.code, message: error.message }))).toEqual([
    { code, message: expect.stringMatching(reason) },
  ]);
}
