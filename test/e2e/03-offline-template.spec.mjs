// Dhaka's programme officer works offline: downloads the template of the next quarter's report,
// fills it (here by script, as Excel would), uploads a faulty copy and gets the problems and the
// marked workbook back, then uploads the corrected one and finds the values in the form.
import ExcelJS from 'exceljs';
import { MyReportPage } from '../pom/my-report-page.mjs';
import { expect, screenshot, test } from './support/fixtures.mjs';

// The report cycle has approved 2009-Q3: the quarter due next is 2009-Q4.
const QUARTER = '2009-Q4';
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const ACHIEVEMENTS = 'Fieldwork for the survey brief done offline in Rangpur.';
// The refused upload is the only error the browser may log: its 400, and, when the bundle was
// built in development mode (npm start under NODE_ENV=development), react-admin's log of the
// rejected call that the panel shows.
const REFUSED_UPLOAD = [
  /Failed to load resource: the server responded with a status of 400/,
  /TemplateImportError: The workbook has a problem; nothing was saved/,
];

async function workbookOf(download) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(await (await download.createReadStream()).toArray().then(Buffer.concat));
  return workbook;
}

async function upload(page, workbook, name) {
  const buffer = Buffer.from(await workbook.xlsx.writeBuffer());
  await page.locator('input[type="file"]').setInputFiles({ name, mimeType: XLSX, buffer });
}

async function download(page, button) {
  const [file] = await Promise.all([
    page.waitForEvent('download', { timeout: 30_000 }),
    page.getByRole('button', { name: button }).click(),
  ]);
  return file;
}

test('offline template: download, a faulty upload refused with its marked workbook, a corrected one saved', async ({
  signedIn,
}) => {
  const session = await signedIn('po', { expectedErrors: REFUSED_UPLOAD });
  const { page } = session;
  const report = new MyReportPage(page);
  await report.open();
  await report.start(QUARTER);

  const template = await test.step('the officer downloads the template', async () => {
    const file = await download(page, 'Download the template (.xlsx)');
    expect(file.suggestedFilename()).toBe(`CO-DHAKA-report-${QUARTER}.xlsx`);
    return workbookOf(file);
  });
  const code = template.getWorksheet('Plan items').getCell('C2').text;
  template.getWorksheet('Report').getCell('D2').value = ACHIEVEMENTS;
  template.getWorksheet('Plan items').getCell('F2').value = 'Nearly done';

  await test.step('a faulty upload lists the bad cell with its sheet, row, column and reason', async () => {
    await upload(page, template, `CO-DHAKA-report-${QUARTER}.xlsx`);
    await expect(page.getByText('Nothing was saved').first()).toBeVisible({ timeout: 30_000 });
    await expect(page.getByRole('cell', { name: /"Nearly done" is not one of/ })).toBeVisible();
    // The refusal is the one error the page logs.
    await expect.poll(() => session.errors.length).toBeGreaterThanOrEqual(1);
    await expect(report.narrative('Achievements')).toHaveValue('');
  });
  await screenshot(page, 'offline-template-problems');

  await test.step('the workbook comes back with the error marked', async () => {
    const marked = await download(page, 'Download the workbook with the errors marked');
    expect(marked.suggestedFilename()).toMatch(/-errors\.xlsx$/);
    const errors = (await workbookOf(marked)).getWorksheet('Errors');
    expect(errors?.getCell('C2').text).toBe('F');
  });

  template.getWorksheet('Plan items').getCell('F2').value = 'On track';
  template.getWorksheet('Plan items').getCell('G2').value = 30;
  await test.step('the corrected upload is saved and the form shows it', async () => {
    await upload(page, template, `CO-DHAKA-report-${QUARTER}.xlsx`);
    await expect(page.getByText(/^Saved as your draft/).first()).toBeVisible({ timeout: 30_000 });
    // The form reloads the saved report: the assertions wait for it.
    await expect(report.narrative('Achievements')).toHaveValue(ACHIEVEMENTS);
    await expect(report.linePercent(code)).toHaveValue('30');
  });
  await screenshot(page, 'offline-template-saved');
});
