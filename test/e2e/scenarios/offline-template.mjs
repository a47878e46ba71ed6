// Dhaka's programme officer works offline: downloads the template of the next quarter's report,
// fills it (here by script, as Excel would), uploads a faulty copy and gets the problems and the
// marked workbook back, then uploads the corrected one and finds the values in the form.
import ExcelJS from 'exceljs';
import { openBrowser, screenshot } from '../browser.mjs';
import { LoginPage } from '../../pom/login-page.mjs';
import { MyReportPage } from '../../pom/my-report-page.mjs';
import { DEMO_USERS } from '../../requests/graphql.mjs';

// The report cycle has approved 2009-Q3: the quarter due next is 2009-Q4.
const QUARTER = '2009-Q4';
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

async function workbookOf(download) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(await (await download.createReadStream()).toArray().then(Buffer.concat));
  return workbook;
}

async function upload(page, workbook, name) {
  const buffer = Buffer.from(await workbook.xlsx.writeBuffer());
  await page.locator('input[type="file"]').setInputFiles({ name, mimeType: XLSX, buffer });
}

export async function offlineTemplate(url, check) {
  const browser = await openBrowser();
  try {
    const { page } = browser;
    const login = new LoginPage(page, url);
    await login.open();
    await login.signIn(...DEMO_USERS.po);
    await page.locator('#main-content').waitFor({ timeout: 30_000 });
    const report = new MyReportPage(page);
    await report.open();
    await report.start(QUARTER);

    const [download] = await Promise.all([
      page.waitForEvent('download', { timeout: 30_000 }),
      page.getByRole('button', { name: 'Download the template (.xlsx)' }).click(),
    ]);
    check.ok(
      download.suggestedFilename() === `CO-DHAKA-report-${QUARTER}.xlsx`,
      `the officer downloads the template ${download.suggestedFilename()}`,
    );
    const template = await workbookOf(download);
    const code = template.getWorksheet('Plan items').getCell('C2').text;
    template.getWorksheet('Report').getCell('D2').value = 'Fieldwork for the survey brief done offline in Rangpur.';
    template.getWorksheet('Plan items').getCell('F2').value = 'Nearly done';
    await upload(page, template, `CO-DHAKA-report-${QUARTER}.xlsx`);
    await page.getByText('Nothing was saved').first().waitFor({ timeout: 30_000 });
    check.ok(
      await page.getByRole('cell', { name: /"Nearly done" is not one of/ }).isVisible(),
      'a faulty upload lists the bad cell with its sheet, row, column and reason',
    );
    await screenshot(page, 'offline-template-problems');
    const [marked] = await Promise.all([
      page.waitForEvent('download', { timeout: 30_000 }),
      page.getByRole('button', { name: 'Download the workbook with the errors marked' }).click(),
    ]);
    const errors = (await workbookOf(marked)).getWorksheet('Errors');
    check.ok(
      marked.suggestedFilename().endsWith('-errors.xlsx') && errors?.getCell('C2').text === 'F',
      `the workbook comes back with the error marked (${marked.suggestedFilename()})`,
    );

    template.getWorksheet('Plan items').getCell('F2').value = 'On track';
    template.getWorksheet('Plan items').getCell('G2').value = 30;
    await upload(page, template, `CO-DHAKA-report-${QUARTER}.xlsx`);
    await page
      .getByText(/^Saved as your draft/)
      .first()
      .waitFor({ timeout: 30_000 });
    // The form reloads the saved report: wait for it rather than for a fixed time.
    const shown = async () => [
      await report.narrative('Achievements').inputValue(),
      await report.linePercent(code).inputValue(),
    ];
    const expected = ['Fieldwork for the survey brief done offline in Rangpur.', '30'];
    for (let tries = 0; tries < 30 && JSON.stringify(await shown()) !== JSON.stringify(expected); tries++) {
      await page.waitForTimeout(500);
    }
    const values = await shown();
    check.ok(
      JSON.stringify(values) === JSON.stringify(expected),
      `the corrected upload is saved and the form shows it (${code}: ${values.join(' / ')})`,
    );
    await screenshot(page, 'offline-template-saved');
    // The refused upload is the only error the browser may log: its 400, and, when the bundle was
    // built in development mode (npm start under NODE_ENV=development), react-admin's log of the
    // rejected call that the panel shows.
    const expectedErrors = [
      /Failed to load resource: the server responded with a status of 400/,
      /TemplateImportError: The workbook has a problem; nothing was saved/,
    ];
    const unexpected = browser.errors.filter((error) => !expectedErrors.some((pattern) => pattern.test(error)));
    check.ok(
      unexpected.length === 0 && browser.errors.length >= 1,
      `no other browser errors (${unexpected.slice(0, 3).join('; ')})`,
    );
  } finally {
    await browser.close();
  }
}
