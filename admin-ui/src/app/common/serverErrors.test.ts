import { describe, expect, it } from '@jest/globals';
import { HttpError } from 'react-admin';
import { fieldErrorsOf, toFormErrors, withServerFieldErrors } from './serverErrors';

// ra-data-graphql rethrows Apollo errors as HttpError(message, 200, apolloError).
const apiError = (fields: { field: string; message: string }[]) =>
  new HttpError('bad input', 200, {
    graphQLErrors: [{ message: 'bad input', extensions: { code: 'BAD_USER_INPUT', fields } }],
  });

describe('server field errors', () => {
  it('reads extensions.fields from the wrapped Apollo error', () => {
    const error = apiError([{ field: 'code', message: 'must be 2.3' }]);
    expect(fieldErrorsOf(error)).toEqual([{ field: 'code', message: 'must be 2.3' }]);
    expect(fieldErrorsOf(new Error('network'))).toEqual([]);
  });

  it('nests field paths the way react-hook-form names array inputs', () => {
    expect(
      toFormErrors([
        { field: 'title', message: 'must not be blank' },
        { field: 'components[1].targetValue', message: 'must be a number' },
        { field: 'lines[2].status', message: 'is required' },
      ]),
    ).toEqual({
      title: 'must not be blank',
      components: { 1: { targetValue: 'must be a number' } },
      lines: { 2: { status: 'is required' } },
    });
  });

  it('rethrows create and update errors with body.errors for the form', async () => {
    const failing = {
      create: () => Promise.reject(apiError([{ field: 'code', message: 'taken' }])),
      update: () => Promise.reject(new Error('offline')),
    } as unknown as Parameters<typeof withServerFieldErrors>[0];
    const provider = withServerFieldErrors(failing);
    await expect(provider.create('Office', { data: {} })).rejects.toMatchObject({
      status: 400,
      body: { errors: { code: 'taken' } },
    });
    await expect(provider.update('Office', { id: 1, data: {}, previousData: { id: 1 } })).rejects.toThrow('offline');
  });
});
