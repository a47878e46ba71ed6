import { describe, expect, jest, test } from '@jest/globals';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { AdminContext, RecordContextProvider, type DataProvider } from 'react-admin';
import { Role } from '../../app/generated/enums';
import { i18nProvider } from '../../app/i18n';
import { signedInAs } from '../../app/testing/signedInAs';
import { NewVersionButton, NewVersionDialog, nextPeriod } from './NewVersionButton';

const framework = {
  id: '3',
  title: 'Strategy 2008-09',
  startDate: '2008-01-01',
  endDate: '2009-12-31',
  successor: null,
};

const serverRefusing = (field: string, message: string) =>
  Object.assign(new Error(`${field}: ${message}`), {
    graphQLErrors: [{ message, extensions: { code: 'BAD_USER_INPUT', fields: [{ field, message }] } }],
  });

const renderDialog = (copy: (...args: unknown[]) => Promise<unknown>) => {
  const provider = { copyResultsFramework: jest.fn(copy) };
  const onCreated = jest.fn();
  render(
    <AdminContext
      dataProvider={provider as unknown as DataProvider}
      authProvider={signedInAs(Role.KM_OFFICER)}
      i18nProvider={i18nProvider}
    >
      {/* On the framework's page: its record must not fill the new version's fields. */}
      <RecordContextProvider value={framework}>
        <NewVersionDialog framework={framework} onClose={() => undefined} onCreated={onCreated} />
      </RecordContextProvider>
    </AdminContext>,
  );
  return { provider, onCreated };
};

const renderButton = (
  copy: (...args: unknown[]) => Promise<unknown>,
  { role = Role.KM_OFFICER, record = framework }: { role?: Role; record?: Record<string, unknown> } = {},
) => {
  const provider = { copyResultsFramework: jest.fn(copy) };
  render(
    <AdminContext
      dataProvider={provider as unknown as DataProvider}
      authProvider={signedInAs(role)}
      i18nProvider={i18nProvider}
    >
      <RecordContextProvider value={record}>
        <NewVersionButton />
      </RecordContextProvider>
    </AdminContext>,
  );
  return provider;
};

jest.setTimeout(20000);

describe('the New version button of a framework', () => {
  test('proposes the next period of the same length', () => {
    expect(nextPeriod(framework)).toEqual({ startDate: '2010-01-01', endDate: '2011-12-31' });
    expect(nextPeriod({ startDate: '2010-07-01', endDate: '2011-06-30' })).toEqual({
      startDate: '2011-07-01',
      endDate: '2012-06-30',
    });
  });

  test('copies the framework with the title and dates of the dialog', async () => {
    const user = userEvent.setup();
    const { provider, onCreated } = renderDialog(async () => ({
      data: { id: '9', title: 'Strategy 2010-11', publishedAt: null },
    }));
    const dialog = await screen.findByRole('dialog', { name: 'New version of Strategy 2008-09' });
    await user.type(within(dialog).getByRole('textbox', { name: /Title/ }), 'Strategy 2010-11');
    await user.click(within(dialog).getByRole('button', { name: 'Create the new version' }));
    await waitFor(() => expect(provider.copyResultsFramework).toHaveBeenCalledTimes(1));
    expect(provider.copyResultsFramework).toHaveBeenCalledWith({
      id: '3',
      title: 'Strategy 2010-11',
      description: null,
      startDate: '2010-01-01',
      endDate: '2011-12-31',
    });
    await waitFor(() => expect(onCreated).toHaveBeenCalledWith('9'));
  });

  test('refuses a period that does not follow the framework, and shows the server refusal under its field', async () => {
    const user = userEvent.setup();
    const provider = renderButton(async () => {
      throw serverRefusing('endDate', 'must be after startDate (2010-01-01)');
    });
    await user.click(await screen.findByRole('button', { name: 'New version' }));
    const dialog = await screen.findByRole('dialog');
    await user.type(within(dialog).getByRole('textbox', { name: /Title/ }), 'Strategy 2010-11');
    fireEvent.change(within(dialog).getByLabelText(/Starts/), { target: { value: '2009-07-01' } });
    await user.click(within(dialog).getByRole('button', { name: 'Create the new version' }));
    expect(await within(dialog).findByText('Must start after this framework ends')).toBeTruthy();
    expect(provider.copyResultsFramework).not.toHaveBeenCalled();

    fireEvent.change(within(dialog).getByLabelText(/Starts/), { target: { value: '2010-01-01' } });
    await user.click(within(dialog).getByRole('button', { name: 'Create the new version' }));
    await waitFor(() => expect(provider.copyResultsFramework).toHaveBeenCalledTimes(1));
    expect(await within(dialog).findByText('must be after startDate (2010-01-01)')).toBeTruthy();
  });

  test('is not offered to a programme officer, nor for a framework that already has a next version', async () => {
    renderButton(async () => undefined, { role: Role.PROGRAMME_OFFICER });
    renderButton(async () => undefined, { record: { ...framework, successor: { id: '9' } } });
    renderButton(async () => undefined, { role: Role.ADMIN });
    await waitFor(() => expect(screen.getAllByRole('button', { name: 'New version' })).toHaveLength(1));
    expect(screen.getAllByRole('button', { name: 'New version' })).toHaveLength(1);
  });
});
