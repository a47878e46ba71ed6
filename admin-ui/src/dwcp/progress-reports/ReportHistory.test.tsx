import { describe, expect, jest, test } from '@jest/globals';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { AdminContext, type DataProvider } from 'react-admin';
import { Role } from '../../app/generated/enums';
import type { ReportHistoryEntry } from '../../app/dataProvider/progressReports';
import { i18nProvider } from '../../app/i18n';
import { ReportHistory } from './ReportHistory';
import { report } from './testFixtures';
import { signedInAs } from '../../app/testing/signedInAs';

const entry = (id: string, extra: Partial<ReportHistoryEntry>): ReportHistoryEntry => ({
  id,
  at: '2009-10-02T09:30:00Z',
  action: 'UPDATE',
  via: 'FORM' as ReportHistoryEntry['via'],
  reason: null,
  userEmail: 'po.dhaka@ilo.org',
  entityType: 'ProgressReport',
  entityId: '7',
  changes: [],
  ...extra,
});

const trail: ReportHistoryEntry[] = [
  entry('1', {
    entityType: 'IndicatorResult',
    entityId: '90',
    action: 'CREATE',
    via: 'TEMPLATE_IMPORT' as ReportHistoryEntry['via'],
    changes: [
      { field: 'reportId', before: null, after: '7' },
      { field: 'value', before: null, after: '12' },
    ],
  }),
  entry('2', {
    entityType: 'ProgressReportLine',
    entityId: '2',
    changes: [{ field: 'status', before: '"ON_TRACK"', after: '"COMPLETED"' }],
  }),
  entry('3', {
    action: 'RETURN',
    via: 'WORKFLOW' as ReportHistoryEntry['via'],
    userEmail: 'manager@ilo.org',
    changes: [{ field: 'status', before: '"SUBMITTED"', after: '"RETURNED"' }],
  }),
];

const renderHistory = (role: Role, answer: (id: string) => Promise<ReportHistoryEntry[]>) => {
  const provider = { getReportHistory: jest.fn(answer) };
  render(
    <AdminContext
      dataProvider={provider as unknown as DataProvider}
      authProvider={signedInAs(role)}
      i18nProvider={i18nProvider}
    >
      <ReportHistory report={report()} />
    </AdminContext>,
  );
  return provider;
};

jest.setTimeout(20000);

describe('the report history', () => {
  test('loads when opened and shows the newest change first, each with its part, path and before/after', async () => {
    const user = userEvent.setup();
    const provider = renderHistory(Role.REGIONAL_MANAGER, async () => trail);
    const toggle = await screen.findByRole('button', { name: 'History' });
    expect(provider.getReportHistory).not.toHaveBeenCalled();
    await user.click(toggle);
    const list = await screen.findByRole('list', { name: 'History' });
    const items = within(list).getAllByRole('listitem');
    expect(provider.getReportHistory).toHaveBeenCalledWith('7');
    expect(items.map((item) => item.querySelector('p')?.textContent)).toEqual([
      'Report: Returned (Workflow step)',
      'Item A1: Changed (Form)',
      'Result 1.1 (i): Created (Template import)',
    ]);
    expect(within(items[0]!).getByText('manager@ilo.org', { exact: false })).toBeTruthy();
    const resultRows = within(items[2]!).getAllByRole('row');
    // The result's fixed report id is left out: only what was entered is listed.
    expect(resultRows.map((row) => row.textContent)).toEqual(['WhatBeforeAfter', 'Value—12']);
  });

  test('an empty history says so', async () => {
    const user = userEvent.setup();
    renderHistory(Role.PROGRAMME_OFFICER, async () => []);
    await user.click(await screen.findByRole('button', { name: 'History' }));
    expect(await screen.findByText('Nothing has been recorded for this report yet.')).toBeTruthy();
  });

  test('a viewer, who may not read audit trails, is not offered the history', async () => {
    const provider = renderHistory(Role.VIEWER, async () => trail);
    // Wait for the role to be known before looking for the absent panel.
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(screen.queryByRole('button', { name: 'History' })).toBeNull();
    expect(provider.getReportHistory).not.toHaveBeenCalled();
  });
});
