import { afterEach, describe, expect, jest, test } from '@jest/globals';
import { act, render, screen, waitForElementToBeRemoved, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { AdminContext, type DataProvider } from 'react-admin';
import {
  ReportApiError,
  type ReportDetail,
  type ReportingTask,
  type ReportSaveInput,
  type SaveResult,
} from '../../app/dataProvider/progressReports';
import { i18nProvider } from '../../app/i18n';
import { MyReportPage } from './MyReportPage';
import { line, outcomes, report } from './testFixtures';

const task: ReportingTask = {
  programmeId: '1',
  programmeTitle: 'Bangladesh DWCP',
  officeId: '13',
  periodId: '30',
  periodCode: '2009-Q3',
  dueDate: '2009-10-15',
  periodStatus: 'OPEN',
  reportId: '7',
  status: 'DRAFT',
  version: 3,
  editable: true,
};

const fakeProvider = (detail: ReportDetail, tasks: ReportingTask[] = [task]) => ({
  myReportingTasks: jest.fn(async () => tasks),
  getReportDetail: jest.fn(async () => ({ report: detail, outcomes })),
  createProgressReport: jest.fn(async () => ({ id: '7', status: 'DRAFT', version: 1, updatedAt: '' })),
  updateProgressReport: jest.fn(async (_input: ReportSaveInput): Promise<SaveResult> => ({
    ok: true,
    report: { id: '7', status: detail.status, version: 4, updatedAt: '' },
  })),
  submitProgressReport: jest.fn(async (_id: string, _version: number) => ({
    id: '7',
    status: 'SUBMITTED',
    version: 4,
    updatedAt: '',
  })),
});

const renderPage = (provider: ReturnType<typeof fakeProvider>) =>
  render(
    <AdminContext dataProvider={provider as unknown as DataProvider} i18nProvider={i18nProvider}>
      <MyReportPage />
    </AdminContext>,
  );

// Rendering the whole react-admin context in jsdom is slow: give each test room.
jest.setTimeout(20000);
afterEach(() => {
  jest.useRealTimers();
  localStorage.clear();
});

describe('My report', () => {
  test('asks for confirmation before submitting, then submits the version it last saved', async () => {
    const user = userEvent.setup();
    const provider = fakeProvider(report());
    renderPage(provider);
    await user.click(await screen.findByRole('button', { name: 'Submit report' }));
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getByText('Submit the report?')).toBeTruthy();
    expect(provider.submitProgressReport).not.toHaveBeenCalled();
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    await waitForElementToBeRemoved(dialog);
    expect(provider.submitProgressReport).not.toHaveBeenCalled();

    await user.click(screen.getByRole('button', { name: 'Submit report' }));
    await user.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'Submit report' }));
    expect(provider.submitProgressReport).toHaveBeenCalledWith('7', 3);
  });

  test('a returned report shows the reason and the comments, and flags the commented lines in words', async () => {
    const returned = report({
      status: 'RETURNED',
      returnReason: 'Please give the new date of the forum.',
      lines: [line('1', 'A2', '1'), line('2', 'A1', '2', { flagged: true, reviewerComment: 'Which month?' })],
    });
    renderPage(fakeProvider(returned));
    const notice = await screen.findByRole('alert', { name: 'Returned by the reviewer' });
    expect(within(notice).getByText('Reason: Please give the new date of the forum.')).toBeTruthy();
    expect(within(notice).getByText(/Which month\?/)).toBeTruthy();
    const flagged = screen.getByRole('region', { name: /A1/ });
    expect(within(flagged).getByText('Flagged by the reviewer')).toBeTruthy();
    expect(within(screen.getByRole('region', { name: /A2/ })).queryByText('Flagged by the reviewer')).toBeNull();
  });

  test('a result line the reviewer flagged shows the comment beside its value, and in the notice', async () => {
    const base = report();
    const returned = report({
      status: 'RETURNED',
      returnReason: 'One value to check.',
      results: [{ ...base.results[0]!, flagged: true, reviewerComment: 'The attendance list says 18' }],
    });
    renderPage(fakeProvider(returned));
    const notice = await screen.findByRole('alert', { name: 'Returned by the reviewer' });
    expect(within(notice).getByText('1.1 (i)')).toBeTruthy();
    expect(within(notice).getByText(/The attendance list says 18/)).toBeTruthy();
    const card = screen.getByRole('region', { name: '1.1 (i)' });
    expect(within(card).getByText('Flagged by the reviewer')).toBeTruthy();
    expect(within(card).getByText(/The attendance list says 18/)).toBeTruthy();
    expect(within(card).getByRole('textbox', { name: /1\.1 \(i\) Value/ })).toBeTruthy();
    expect(within(screen.getByRole('region', { name: '1.1 (ii)' })).queryByText('Flagged by the reviewer')).toBeNull();
  });

  test('saves 1.5 s after the last change and shows the server’s complaint next to its input', async () => {
    jest.useFakeTimers();
    const user = userEvent.setup({ advanceTimers: jest.advanceTimersByTime });
    const provider = fakeProvider(report());
    provider.updateProgressReport.mockResolvedValueOnce({
      ok: false,
      error: new ReportApiError('bad', 'BAD_USER_INPUT', [{ field: 'lines[0].narrative', message: 'is too long' }]),
    });
    renderPage(provider);
    const narrative = await screen.findByLabelText('A2 Progress');
    await user.type(narrative, 'Done');
    expect(provider.updateProgressReport).not.toHaveBeenCalled();
    await act(() => jest.advanceTimersByTimeAsync(1500));
    expect(provider.updateProgressReport).toHaveBeenCalledTimes(1);
    const [sent] = provider.updateProgressReport.mock.calls[0] as unknown as [ReportSaveInput];
    // Only what changed goes: the line whole, the narrative fields not at all.
    expect(sent).toMatchObject({ id: '7', version: 3 });
    expect(sent).not.toHaveProperty('achievements');
    expect(sent.lines).toEqual([
      { planItemId: 'p1', status: 'ON_TRACK', narrative: 'Done', percentComplete: 50, challenges: null },
    ]);
    expect(await screen.findByText('is too long')).toBeTruthy();
    expect(narrative.getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByText('Not saved, kept in this browser: A2 Progress (correct it below)')).toBeTruthy();

    await user.type(narrative, '!');
    await act(() => jest.advanceTimersByTimeAsync(1500));
    expect(provider.updateProgressReport).toHaveBeenCalledTimes(2);
    expect(await screen.findByText(/^Saved at/)).toBeTruthy();
    expect(screen.queryByText('is too long')).toBeNull();
  });

  test('a percentage outside 0-100 is pointed out at once and not sent', async () => {
    jest.useFakeTimers();
    const user = userEvent.setup({ advanceTimers: jest.advanceTimersByTime });
    const provider = fakeProvider(report());
    renderPage(provider);
    const percent = await screen.findByLabelText('A1 Per cent complete');
    await user.clear(percent);
    await user.type(percent, '150');
    expect(screen.getByText('Enter a value between 0 and 100')).toBeTruthy();
    await act(() => jest.advanceTimersByTimeAsync(1500));
    expect(provider.updateProgressReport).not.toHaveBeenCalled();
  });

  test('a value saves beside an invalid link of the same result; the link is kept and restored on return', async () => {
    jest.useFakeTimers();
    const user = userEvent.setup({ advanceTimers: jest.advanceTimersByTime });
    const provider = fakeProvider(report());
    const first = renderPage(provider);
    await user.type(await screen.findByLabelText('1.1 (ii) Value'), '30');
    await user.type(screen.getByLabelText('1.1 (ii) Evidence links'), 'www.ilo.org');
    await act(() => jest.advanceTimersByTimeAsync(1500));
    expect(provider.updateProgressReport).toHaveBeenCalledTimes(1);
    const [sent] = provider.updateProgressReport.mock.calls[0] as unknown as [ReportSaveInput];
    expect(sent.results).toEqual([
      { componentId: 'c3', value: 30, milestoneStatus: null, narrative: null, evidenceLinks: [], disaggregations: [] },
    ]);
    expect(
      await screen.findByText(
        /^Saved at .*, except 1 field kept in this browser, not saved: 1\.1 \(ii\) Evidence links/,
      ),
    ).toBeTruthy();
    first.unmount();

    // Back on the page: the server has the 30 (version 4), the browser the link.
    const saved = report({
      version: 4,
      results: [
        ...report().results,
        {
          ...report().results[0]!,
          id: '91',
          componentId: 'c3',
          value: 30,
          narrative: null,
          evidenceLinks: [],
          disaggregations: [],
        },
      ],
    });
    const again = fakeProvider(saved);
    renderPage(again);
    const notice = (await screen.findByText(/^Restored 1 unsaved change kept in this browser/)).closest(
      '[role="status"]',
    ) as HTMLElement;
    expect((screen.getByLabelText('1.1 (ii) Value') as HTMLInputElement).value).toBe('30');
    const links = screen.getByLabelText('1.1 (ii) Evidence links') as HTMLTextAreaElement;
    expect(links.value).toBe('www.ilo.org');
    expect(links.getAttribute('aria-invalid')).toBe('true');
    await act(() => jest.advanceTimersByTimeAsync(1500));
    expect(again.updateProgressReport).not.toHaveBeenCalled();

    await user.click(within(notice).getByRole('button', { name: 'Discard them' }));
    expect(links.value).toBe('');
    expect(screen.queryByText(/^Restored/)).toBeNull();
    expect(Object.keys(localStorage).filter((key) => key.startsWith('roap.reportDraft.'))).toEqual([]);
  }, 40000);

  test('a failed save is kept in the browser; over a report changed since, it waits for the officer to keep it', async () => {
    jest.useFakeTimers();
    const user = userEvent.setup({ advanceTimers: jest.advanceTimersByTime });
    const offline = fakeProvider(report());
    offline.updateProgressReport.mockRejectedValue(new Error('Failed to fetch'));
    const first = renderPage(offline);
    await user.type(await screen.findByLabelText('Next steps'), 'Publish');
    await act(() => jest.advanceTimersByTimeAsync(1500));
    expect(await screen.findByText(/^Not saved: /)).toBeTruthy();
    first.unmount();
    const [key] = Object.keys(localStorage).filter((name) => name.startsWith('roap.reportDraft.'));
    expect(JSON.parse(localStorage.getItem(key!)!)).toMatchObject({ version: 3, values: { nextSteps: 'Publish' } });

    // Someone saved the report since (version 5): the value is shown, said to be stale, and not sent.
    const again = fakeProvider(report({ version: 5 }));
    renderPage(again);
    expect(await screen.findByText(/The report was saved elsewhere after they were kept/)).toBeTruthy();
    expect((screen.getByLabelText('Next steps') as HTMLTextAreaElement).value).toBe('Publish');
    await act(() => jest.advanceTimersByTimeAsync(1500));
    expect(again.updateProgressReport).not.toHaveBeenCalled();
    await user.click(screen.getByRole('button', { name: 'Keep my changes' }));
    await act(() => jest.advanceTimersByTimeAsync(1500));
    expect(again.updateProgressReport).toHaveBeenCalledTimes(1);
    const [sent] = again.updateProgressReport.mock.calls[0] as unknown as [ReportSaveInput];
    expect(sent).toEqual({ id: '7', version: 5, nextSteps: 'Publish', lines: [], results: [] });
    expect(localStorage.getItem(key!)).toBeNull();
  }, 40000);

  test('a version conflict says someone else saved and offers to reload', async () => {
    jest.useFakeTimers();
    const user = userEvent.setup({ advanceTimers: jest.advanceTimersByTime });
    const provider = fakeProvider(report());
    provider.updateProgressReport.mockResolvedValueOnce({
      ok: false,
      error: new ReportApiError('version: someone saved', 'CONFLICT', [{ field: 'version', message: 'someone saved' }]),
    });
    renderPage(provider);
    await user.type(await screen.findByLabelText('Next steps'), 'x');
    await act(() => jest.advanceTimersByTimeAsync(1500));
    expect(await screen.findByText(/someone else saved this report/)).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Reload the report' }));
    expect(provider.getReportDetail).toHaveBeenCalledTimes(2);
  });

  test('a locked quarter’s draft stays in sight after the quarter due now, read-only under the lock banner', async () => {
    const user = userEvent.setup();
    const due: ReportingTask = {
      ...task,
      periodId: '40',
      periodCode: '2009-Q4',
      reportId: null,
      status: null,
      version: null,
    };
    const locked: ReportingTask = { ...task, periodStatus: 'LOCKED', editable: false };
    const provider = fakeProvider(report(), [due, locked]);
    renderPage(provider);
    expect(await screen.findByRole('button', { name: 'Start my report for 2009-Q4' })).toBeTruthy();
    expect(screen.queryByRole('status', { name: /locked/ })).toBeNull();

    await user.selectOptions(screen.getByLabelText('Programme'), 'Bangladesh DWCP (2009-Q3, locked)');
    const banner = await screen.findByRole('status', {
      name: 'This quarter is locked: nothing in this report can change.',
    });
    expect(within(banner).getByText(/Only an administrator can unlock 2009-Q3/)).toBeTruthy();
    expect(await screen.findByText('Trained 20 staff')).toBeTruthy();
    expect(screen.getByText('Status: Draft')).toBeTruthy();
    // Nothing to type in, submit, upload or start.
    expect(screen.queryAllByRole('textbox')).toEqual([]);
    expect(screen.queryByRole('spinbutton')).toBeNull();
    expect(screen.queryByRole('button', { name: /Submit|Upload|Start/ })).toBeNull();
    expect(provider.createProgressReport).not.toHaveBeenCalled();
    expect(provider.updateProgressReport).not.toHaveBeenCalled();
  });
});
