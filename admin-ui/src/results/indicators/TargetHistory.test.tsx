import { describe, expect, jest, test } from '@jest/globals';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { AdminContext, type DataProvider } from 'react-admin';
import { i18nProvider } from '../../app/i18n';
import type { TargetRevision } from '../../app/dataProvider/targets';
import { TargetHistory } from './TargetHistory';

const revision = (overrides: Partial<TargetRevision>): TargetRevision => ({
  id: '1',
  componentId: '12',
  officeId: null,
  baselineValue: 2,
  baselineNarrative: null,
  targetValue: 4,
  targetNarrative: null,
  appliesFrom: '2008-01-01',
  appliesFromPeriodId: null,
  reason: 'Initial baseline and target',
  createdAt: '2008-01-01T00:00:00Z',
  ...overrides,
});

const HISTORY = [
  revision({}),
  revision({ id: '2', targetValue: 6, appliesFrom: '2009-07-01', appliesFromPeriodId: '7', reason: 'Two more series' }),
  revision({ id: '3', officeId: '5', targetValue: 3, appliesFrom: '2009-07-01', reason: 'Bangkok share' }),
];

const renderHistory = (canRevise: boolean) => {
  const provider = {
    targetRevisions: jest.fn(async () => HISTORY),
    getMany: jest.fn(async () => ({ data: [{ id: '5', code: 'SRO-BANGKOK' }] })),
    getList: jest.fn(async () => ({ data: [{ id: '7', code: '2009-Q3' }], total: 1 })),
    reviseComponentTarget: jest.fn(async () => ({ data: revision({ id: '4', appliesFrom: '2009-07-01' }) })),
  };
  render(
    <AdminContext dataProvider={provider as unknown as DataProvider} i18nProvider={i18nProvider}>
      <TargetHistory componentId="12" label="(i)" canRevise={canRevise} />
    </AdminContext>,
  );
  return provider;
};

jest.setTimeout(20000);

describe('a component’s target history', () => {
  test('lists each revision with the date it applies from, whose target it is and why', async () => {
    renderHistory(false);
    const table = await screen.findByRole('table', { name: 'Target history' });
    await within(table).findByText('SRO-BANGKOK');
    const rows = within(table).getAllByRole('row').slice(1);
    expect(
      rows.map((row) =>
        within(row)
          .getAllByRole('cell')
          .map((cell) => cell.textContent),
      ),
    ).toEqual([
      ['1 Jan 2008', 'Whole region', '2', '4', 'Initial baseline and target'],
      ['1 Jul 2009', 'Whole region', '2', '6', 'Two more series'],
      ['1 Jul 2009', 'SRO-BANGKOK', '2', '3', 'Bangkok share'],
    ]);
    expect(screen.queryByRole('button', { name: 'Revise target' })).toBeNull();
  });

  test('the Revise target dialog requires a reason before asking the API', async () => {
    const user = userEvent.setup();
    const provider = renderHistory(true);
    await user.click(await screen.findByRole('button', { name: 'Revise target' }));
    const dialog = await screen.findByRole('dialog', { name: 'Revise the target of part (i)' });
    await user.type(within(dialog).getByRole('spinbutton', { name: 'Target value' }), '6');
    await user.click(within(dialog).getByRole('button', { name: 'Revise target' }));
    expect(await within(dialog).findByText('Say why the target changes')).toBeTruthy();
    expect(provider.reviseComponentTarget).not.toHaveBeenCalled();
  });
});
