import { describe, expect, jest, test } from '@jest/globals';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { AdminContext, type DataProvider } from 'react-admin';
import { i18nProvider } from '../../app/i18n';
import { ComponentCard, type ComponentRecord } from './ComponentCard';

const dataSeries: ComponentRecord = {
  id: '12',
  label: '(i)',
  effectiveMeasure: 'NUMBER',
  measure: null,
  unit: 'series',
  baselineValue: 0,
  targetValue: 4,
  minValue: 0,
  maxValue: null,
  wholeNumber: true,
  jumpFactor: null,
};

const serverRefusing = (field: string, message: string) =>
  Object.assign(new Error(`${field}: ${message}`), {
    body: { graphQLErrors: [{ message, extensions: { code: 'BAD_USER_INPUT', fields: [{ field, message }] } }] },
  });

const renderCard = (update: (...args: unknown[]) => Promise<unknown>) => {
  const provider = {
    getManyReference: async () => ({ data: [], total: 0 }),
    update: jest.fn(update),
  };
  render(
    <AdminContext dataProvider={provider as unknown as DataProvider} i18nProvider={i18nProvider}>
      <ComponentCard component={dataSeries} onChange={() => undefined} />
    </AdminContext>,
  );
  return provider;
};

jest.setTimeout(20000);

describe('a component card', () => {
  test('shows the part’s plausible values and saves a changed rule with the rest of the part', async () => {
    const user = userEvent.setup();
    const provider = renderCard(async () => ({ data: dataSeries }));
    const rule = await screen.findByRole('group', { name: 'Plausible values' });
    expect((within(rule).getByRole('spinbutton', { name: 'Minimum' }) as HTMLInputElement).value).toBe('0');
    expect((within(rule).getByRole('switch', { name: /Whole numbers only/ }) as HTMLInputElement).checked).toBe(true);
    await user.type(within(rule).getByRole('spinbutton', { name: 'Maximum' }), '8');
    await user.type(within(rule).getByRole('spinbutton', { name: /Jump check/ }), '10');
    await user.click(screen.getByRole('button', { name: 'Save this part' }));
    await waitFor(() => expect(provider.update).toHaveBeenCalledTimes(1));
    const [resource, params] = provider.update.mock.calls[0] as [string, { id: string; data: Record<string, unknown> }];
    expect(resource).toBe('IndicatorComponent');
    expect(params.id).toBe('12');
    expect(params.data).toMatchObject({ minValue: 0, maxValue: 8, wholeNumber: true, jumpFactor: 10, targetValue: 4 });
    expect(params.data).not.toHaveProperty('effectiveMeasure');
  });

  test('a rule the server refuses is shown under its own field', async () => {
    const user = userEvent.setup();
    renderCard(async () => {
      throw serverRefusing('jumpFactor', 'must be more than 1 (e.g. 10: ten times the previous value)');
    });
    const rule = await screen.findByRole('group', { name: 'Plausible values' });
    await user.type(within(rule).getByRole('spinbutton', { name: /Jump check/ }), '0.5');
    await user.click(screen.getByRole('button', { name: 'Save this part' }));
    expect(await within(rule).findByText(/must be more than 1/)).toBeTruthy();
  });
});
