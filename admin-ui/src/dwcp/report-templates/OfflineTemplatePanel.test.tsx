import { afterEach, beforeEach, describe, expect, jest, test } from '@jest/globals';
import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { AdminContext, Notification, type DataProvider } from 'react-admin';
import { TemplateImportError, type TemplateImportResult, type TemplateProblem } from '../../app/dataProvider/imports';
import { i18nProvider } from '../../app/i18n';
import { ReportPanel } from '../progress-reports/ReportPanel';
import { outcomes, report } from '../progress-reports/testFixtures';
import { OfflineTemplatePanel } from './OfflineTemplatePanel';

// Files are saved through an object URL and a clicked link (exports/saveFile): watch both, since
// jsdom has no object URLs and swc does not hoist jest.mock here.
const savedFiles: { blob: Blob; fileName: string }[] = [];
beforeEach(() => {
  savedFiles.length = 0;
  const urls = new Map<string, Blob>();
  URL.createObjectURL = (blob: Blob) => {
    const url = `blob:test/${urls.size}`;
    urls.set(url, blob);
    return url;
  };
  URL.revokeObjectURL = () => undefined;
  jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    savedFiles.push({ blob: urls.get(this.href)!, fileName: this.download });
  });
});
afterEach(() => {
  jest.restoreAllMocks();
});

type Upload = (file: File, onProgress?: (fraction: number) => void) => Promise<TemplateImportResult>;

const saved: TemplateImportResult = {
  reports: [{ id: '7', programmeTitle: 'Bangladesh DWCP', version: 4 }],
  lines: 12,
  results: 3,
};

const fakeProvider = () => ({
  uploadReportTemplate: jest.fn<Upload>(async () => saved),
  downloadReportTemplate: jest.fn(),
  getReportDetail: jest.fn(async () => ({ report: report(), outcomes })),
});

const renderPanel = (provider: ReturnType<typeof fakeProvider>, onImported = jest.fn()) => {
  render(
    <AdminContext dataProvider={provider as unknown as DataProvider} i18nProvider={i18nProvider}>
      <OfflineTemplatePanel report={{ id: '7', officeId: '13', periodId: '30' }} onImported={onImported} />
      <Notification />
    </AdminContext>,
  );
  return onImported;
};

// jsdom's Blob has no text(); FileReader reads it.
const readText = (blob: Blob) =>
  new Promise<string>((resolve) => {
    const reader = new FileReader();
    reader.onload = () => resolve(reader.result as string);
    reader.readAsText(blob);
  });

const workbook = () => new File(['PK fake xlsx'], 'report.xlsx');

const pickFile = async (user: ReturnType<typeof userEvent.setup>) =>
  user.upload(screen.getByLabelText('Filled report template (.xlsx)'), workbook());

const problem = (row: number): TemplateProblem => ({
  sheet: 'Lines',
  row,
  column: 'D',
  header: 'Per cent complete',
  message: `row ${row}: must be between 0 and 100`,
});

// Rendering the whole react-admin context in jsdom is slow: give each test room.
jest.setTimeout(20000);

describe('Work offline', () => {
  test('explains itself, offers the download, and opens the file picker from the keyboard', async () => {
    const user = userEvent.setup();
    renderPanel(fakeProvider());
    const section = await screen.findByRole('region', { name: 'Work offline' });
    expect(within(section).getByText(/saved as your draft, or nothing is/)).toBeTruthy();
    expect(within(section).getByRole('button', { name: 'Download the template (.xlsx)' })).toBeTruthy();
    const input = screen.getByLabelText<HTMLInputElement>('Filled report template (.xlsx)');
    expect(input.accept).toBe('.xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    const picker = jest.spyOn(input, 'click');
    await user.tab();
    await user.tab();
    expect(document.activeElement).toBe(within(section).getByRole('button', { name: 'Upload the filled template' }));
    await user.keyboard('{Enter}');
    expect(picker).toHaveBeenCalledTimes(1);
  });

  test('the download asks for the template of the report’s office and quarter, in the interface’s language', async () => {
    const user = userEvent.setup();
    const provider = fakeProvider();
    provider.downloadReportTemplate.mockImplementation(async () => ({ blob: new Blob(['x']), fileName: 't.xlsx' }));
    renderPanel(provider);
    await user.click(await screen.findByRole('button', { name: 'Download the template (.xlsx)' }));
    expect(provider.downloadReportTemplate).toHaveBeenCalledWith(
      { officeId: '13', periodId: '30', language: 'en' },
      expect.any(Function),
    );
    expect(savedFiles.map((file) => file.fileName)).toEqual(['t.xlsx']);
  });

  test('an accepted upload says what was saved and calls onImported', async () => {
    const user = userEvent.setup();
    const provider = fakeProvider();
    const onImported = renderPanel(provider);
    await pickFile(user);
    expect(provider.uploadReportTemplate).toHaveBeenCalledWith(expect.any(File), expect.any(Function));
    expect((provider.uploadReportTemplate.mock.calls[0]![0] as File).name).toBe('report.xlsx');
    expect(await screen.findByText('Saved as your draft: 12 activity lines and 3 results.')).toBeTruthy();
    expect(onImported).toHaveBeenCalledTimes(1);
    expect(within(screen.getByRole('region', { name: 'Work offline' })).queryByRole('alert')).toBeNull();
  });

  test('shows the share sent, then "Checking and saving…", while the upload is pending', async () => {
    const user = userEvent.setup();
    const provider = fakeProvider();
    let progress: (fraction: number) => void = () => undefined;
    let finish: (result: TemplateImportResult) => void = () => undefined;
    provider.uploadReportTemplate.mockImplementation((_file, onProgress) => {
      progress = onProgress!;
      return new Promise((resolve) => (finish = resolve));
    });
    const onImported = renderPanel(provider);
    await pickFile(user);
    const status = screen.getByRole('status');
    expect(status.getAttribute('aria-live')).toBe('polite');
    expect(screen.getByRole('button', { name: 'Upload the filled template' }).hasAttribute('disabled')).toBe(true);

    act(() => progress(0.42));
    expect(within(status).getByText('Sending the workbook: 42%')).toBeTruthy();
    expect(within(status).getByRole('progressbar').getAttribute('aria-valuenow')).toBe('42');

    act(() => progress(1));
    expect(within(screen.getByRole('status')).getByText('Checking and saving…')).toBeTruthy();
    expect(within(screen.getByRole('status')).getByRole('progressbar').hasAttribute('aria-valuenow')).toBe(false);
    expect(onImported).not.toHaveBeenCalled();

    await act(async () => finish(saved));
    expect(screen.queryByText('Checking and saving…')).toBeNull();
    expect(onImported).toHaveBeenCalledTimes(1);
  });

  test('a refusal lists the first 50 bad cells, counts the rest and saves the marked workbook', async () => {
    const user = userEvent.setup();
    const provider = fakeProvider();
    const problems = Array.from({ length: 53 }, (_, index) => problem(index + 2));
    const base64 = btoa('PK marked workbook');
    provider.uploadReportTemplate.mockRejectedValue(
      new TemplateImportError('53 cells need correcting', 'TEMPLATE_INVALID', 400, problems, {
        fileName: 'report-errors.xlsx',
        base64,
      }),
    );
    const onImported = renderPanel(provider);
    await pickFile(user);
    const alert = await screen.findByRole('alert');
    expect(within(alert).getByText('Nothing was saved')).toBeTruthy();
    // The table speaks the user's language: the summary is translated, not the server's English sentence.
    expect(
      within(alert).getByText('The workbook has 53 cells to correct; correct them and upload the workbook again.'),
    ).toBeTruthy();
    expect(within(alert).queryByText('53 cells need correcting')).toBeNull();
    const rows = within(alert).getAllByRole('row');
    expect(rows).toHaveLength(51);
    const header = within(rows[0]!)
      .getAllByRole('columnheader')
      .map((cell) => cell.textContent);
    expect(header).toEqual(['Sheet', 'Row', 'Column', 'Problem']);
    const first = within(rows[1]!)
      .getAllByRole('cell')
      .map((cell) => cell.textContent);
    expect(first).toEqual(['Lines', '2', 'D (Per cent complete)', 'row 2: must be between 0 and 100']);
    expect(within(alert).queryByText('row 52: must be between 0 and 100')).toBeNull();
    expect(within(alert).getByText('and 3 more problems')).toBeTruthy();
    expect(onImported).not.toHaveBeenCalled();

    await user.click(within(alert).getByRole('button', { name: 'Download the workbook with the errors marked' }));
    expect(savedFiles).toHaveLength(1);
    const [{ blob, fileName }] = savedFiles as [{ blob: Blob; fileName: string }];
    expect(fileName).toBe('report-errors.xlsx');
    expect(blob.type).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect(await readText(blob)).toBe('PK marked workbook');
  });

  test('a refusal without problems shows just the message, and can be dismissed', async () => {
    const user = userEvent.setup();
    const provider = fakeProvider();
    provider.uploadReportTemplate.mockRejectedValue(
      new TemplateImportError('The report was submitted meanwhile', 'CONFLICT', 409),
    );
    renderPanel(provider);
    await pickFile(user);
    const alert = await screen.findByRole('alert');
    expect(within(alert).getByText('The report was submitted meanwhile')).toBeTruthy();
    expect(within(alert).queryByRole('table')).toBeNull();
    expect(within(alert).queryByRole('button', { name: /errors marked/ })).toBeNull();
    await user.click(within(alert).getByRole('button', { name: 'Close' }));
    expect(screen.queryByRole('alert')).toBeNull();
  });

  test('a new upload clears the previous failure', async () => {
    const user = userEvent.setup();
    const provider = fakeProvider();
    provider.uploadReportTemplate
      .mockRejectedValueOnce(new TemplateImportError('Wrong template', 'TEMPLATE_INVALID', 400, []))
      .mockImplementationOnce(() => new Promise(() => undefined));
    renderPanel(provider);
    await pickFile(user);
    expect(await screen.findByText('Wrong template')).toBeTruthy();
    await pickFile(user);
    expect(screen.queryByText('Wrong template')).toBeNull();
    expect(screen.getByRole('status')).toBeTruthy();
  });

  test('a transport failure says the upload failed, without claiming nothing was saved', async () => {
    const user = userEvent.setup();
    const provider = fakeProvider();
    provider.uploadReportTemplate.mockRejectedValue(new Error('The server could not be reached'));
    renderPanel(provider);
    await pickFile(user);
    const alert = await screen.findByRole('alert');
    expect(within(alert).getByText('The upload failed: The server could not be reached')).toBeTruthy();
    expect(within(alert).queryByText('Nothing was saved')).toBeNull();
  });
});

describe('the officer’s report', () => {
  const renderReport = (status: 'DRAFT' | 'RETURNED' | 'SUBMITTED') => {
    const provider = fakeProvider();
    provider.getReportDetail.mockResolvedValue({ report: report({ status }), outcomes });
    render(
      <AdminContext dataProvider={provider as unknown as DataProvider} i18nProvider={i18nProvider}>
        <ReportPanel reportId="7" />
      </AdminContext>,
    );
  };

  test.each(['DRAFT', 'RETURNED'] as const)('offers to work offline while %s', async (status) => {
    renderReport(status);
    expect(await screen.findByRole('region', { name: 'Work offline' })).toBeTruthy();
  });

  test('does not once submitted', async () => {
    renderReport('SUBMITTED');
    expect(await screen.findByText(/Submitted/)).toBeTruthy();
    expect(screen.queryByRole('region', { name: 'Work offline' })).toBeNull();
  });
});
