import { describe, expect, test } from '@jest/globals';
import { Table, TableBody, TableRow } from '@mui/material';
import { render, screen } from '@testing-library/react';
import { AdminContext } from 'react-admin';
import type { ComplianceCell } from '../../app/dataProvider/dashboard';
import { i18nProvider } from '../../app/i18n';
import { ComplianceCellView } from './ComplianceCellView';
import { ComplianceLegend } from './ComplianceLegend';

const cell = (extra: Partial<ComplianceCell>): ComplianceCell => ({
  periodId: '30',
  status: 'NOT_STARTED',
  state: 'NOT_YET_DUE',
  onTime: null,
  firstSubmittedAt: null,
  reportId: null,
  ...extra,
});

const renderCell = (value: ComplianceCell) =>
  render(
    <AdminContext i18nProvider={i18nProvider}>
      <Table>
        <TableBody>
          <TableRow>
            <ComplianceCellView cell={value} dueDate="2009-07-15" />
          </TableRow>
        </TableBody>
      </Table>
    </AdminContext>,
  );

describe('a compliance cell', () => {
  test('writes out the state, with the report status behind a late draft', () => {
    renderCell(cell({ status: 'DRAFT', state: 'LATE', onTime: false, reportId: '9' }));
    expect(screen.getByText('Late')).toBeTruthy();
    expect(screen.getByText('report: Draft')).toBeTruthy();
    // The state already says late: no second late mark.
    expect(screen.queryByText('late')).toBeNull();
    expect(screen.getByRole('link').getAttribute('aria-label')).toBe('Late · report: Draft · due 2009-07-15');
  });

  test('marks an approved report that came after the due date', () => {
    renderCell(cell({ status: 'APPROVED', state: 'APPROVED', onTime: false, reportId: '9' }));
    expect(screen.getByText('Approved')).toBeTruthy();
    expect(screen.getByText('late')).toBeTruthy();
  });

  test('says a closed quarter had no report', () => {
    renderCell(cell({ state: 'CLOSED_WITHOUT_REPORT', onTime: false }));
    expect(screen.getByText('Closed without report')).toBeTruthy();
  });
});

describe('the compliance legend', () => {
  test('explains each of the six states in words, as of the reporting day, in French too', async () => {
    const { unmount } = render(
      <AdminContext i18nProvider={i18nProvider}>
        <ComplianceLegend asOf="2009-08-20" />
      </AdminContext>,
    );
    expect(screen.getByRole('heading', { name: 'Legend — As of 2009-08-20' })).toBeTruthy();
    expect(screen.getAllByRole('listitem')).toHaveLength(6);
    expect(screen.getByText('the due date has passed and no report was submitted')).toBeTruthy();
    unmount();
    await i18nProvider.changeLocale('fr');
    render(
      <AdminContext i18nProvider={i18nProvider}>
        <ComplianceLegend asOf="2009-08-20" />
      </AdminContext>,
    );
    expect(await screen.findByText('Clos sans rapport')).toBeTruthy();
    await i18nProvider.changeLocale('en');
  });
});
