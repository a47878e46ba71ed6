import { describe, expect, jest, test } from '@jest/globals';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { AdminContext, RecordContextProvider, type DataProvider } from 'react-admin';
import { Role } from '../../app/generated/enums';
import { i18nProvider } from '../../app/i18n';
import { PeriodStatusButtons } from './PeriodStatusButtons';
import { signedInAs } from '../../app/testing/signedInAs';

const fakeProvider = () => {
  const answer = async (_id: string, _reason?: string) => ({ data: { id: '5', code: '2009-Q3', status: 'OPEN' } });
  return {
    openReportingPeriod: jest.fn(answer),
    closeReportingPeriod: jest.fn(answer),
    lockReportingPeriod: jest.fn(answer),
  };
};

const renderButtons = (status: string, provider = fakeProvider()) => {
  render(
    <AdminContext
      dataProvider={provider as unknown as DataProvider}
      authProvider={signedInAs(Role.ADMIN)}
      i18nProvider={i18nProvider}
    >
      <RecordContextProvider value={{ id: '5', code: '2009-Q3', status }}>
        <PeriodStatusButtons />
      </RecordContextProvider>
    </AdminContext>,
  );
  return provider;
};

jest.setTimeout(20000);

describe('period status buttons', () => {
  test('unlocking asks for a reason first and sends it trimmed; nothing goes out without one', async () => {
    const user = userEvent.setup();
    const provider = renderButtons('LOCKED');
    await user.click(await screen.findByRole('button', { name: 'Open' }));
    const dialog = await screen.findByRole('dialog', { name: 'Unlock 2009-Q3?' });
    await user.click(within(dialog).getByRole('button', { name: 'Unlock and open' }));
    expect(within(dialog).getByText('Say why the period is unlocked')).toBeTruthy();
    await user.type(within(dialog).getByRole('textbox', { name: /Reason for unlocking/ }), '   ');
    await user.click(within(dialog).getByRole('button', { name: 'Unlock and open' }));
    expect(provider.openReportingPeriod).not.toHaveBeenCalled();

    await user.type(within(dialog).getByRole('textbox', { name: /Reason for unlocking/ }), ' Wrong unit in Dhaka ');
    await user.click(within(dialog).getByRole('button', { name: 'Unlock and open' }));
    expect(provider.openReportingPeriod).toHaveBeenCalledWith('5', 'Wrong unit in Dhaka');
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
  });

  test('the other steps go at once, without a reason', async () => {
    const user = userEvent.setup();
    const provider = renderButtons('CLOSED');
    await user.click(await screen.findByRole('button', { name: 'Open' }));
    expect(provider.openReportingPeriod).toHaveBeenCalledWith('5', undefined);
    expect(screen.queryByRole('dialog')).toBeNull();
  });
});
