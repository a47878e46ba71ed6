import { afterEach, beforeEach, describe, expect, jest, test } from '@jest/globals';
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { AdminContext, memoryStore } from 'react-admin';
import { i18nProvider } from '../i18n';
import { ChangePasswordDialog } from './ChangePasswordDialog';

const answer = (body: unknown) => Promise.resolve({ json: () => Promise.resolve(body) } as Response);

describe('Change my password', () => {
  const realFetch = globalThis.fetch;
  let fetchMock: jest.Mock<typeof fetch>;

  beforeEach(() => {
    localStorage.setItem('roap.token', 'old-token');
    fetchMock = jest.fn<typeof fetch>();
    globalThis.fetch = fetchMock;
  });
  afterEach(() => {
    globalThis.fetch = realFetch;
    localStorage.clear();
  });

  const fill = () => {
    render(
      <AdminContext i18nProvider={i18nProvider} store={memoryStore()}>
        <ChangePasswordDialog onClose={onClose} />
      </AdminContext>,
    );
    fireEvent.change(screen.getByLabelText(/Current password/), { target: { value: 'Old-pass-2009' } });
    fireEvent.change(screen.getByLabelText(/New password/), { target: { value: 'New-pass-2010' } });
    fireEvent.click(screen.getByRole('button', { name: 'Change password' }));
  };
  const onClose = jest.fn();

  test('sends both passwords with the current token and keeps the fresh token it gets back', async () => {
    fetchMock.mockReturnValue(
      answer({
        data: {
          changeMyPassword: { token: 'fresh-token', user: { id: '7', name: 'Ana', email: 'a@x.org', role: 'VIEWER' } },
        },
      }),
    );
    fill();
    await waitFor(() => expect(onClose).toHaveBeenCalled());
    const [, init] = fetchMock.mock.calls[0]!;
    expect((init!.headers as Record<string, string>).authorization).toBe('Bearer old-token');
    expect(JSON.parse(init!.body as string).variables).toEqual({
      currentPassword: 'Old-pass-2009',
      newPassword: 'New-pass-2010',
    });
    expect(localStorage.getItem('roap.token')).toBe('fresh-token');
  });

  test('shows the reason under the field the API names, and keeps the old token', async () => {
    onClose.mockClear();
    fetchMock.mockReturnValue(
      answer({
        errors: [
          {
            message: 'currentPassword: is not your current password',
            extensions: {
              code: 'BAD_USER_INPUT',
              fields: [{ field: 'currentPassword', message: 'is not your current password' }],
            },
          },
        ],
      }),
    );
    fill();
    expect(await screen.findByText('is not your current password')).toBeTruthy();
    expect(onClose).not.toHaveBeenCalled();
    expect(localStorage.getItem('roap.token')).toBe('old-token');
  });
});
