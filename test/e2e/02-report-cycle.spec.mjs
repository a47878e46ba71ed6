// The quarter's cycle as its users live it: the Dhaka programme officer fills and submits the
// 2009-Q3 report; the regional manager returns it with a reason, a comment on a plan item and a
// flag on the 4.2 (i) result line; the officer sees the comment beside the value, fixes and resubmits it; the manager approves it; the dashboard and the compliance matrix show it.
// Each step is one user in a fresh browser context; a step runs only if the one before passed.
import { DashboardPage } from '../pom/dashboard-page.mjs';
import { MyReportPage } from '../pom/my-report-page.mjs';
import { ReviewPage } from '../pom/review-page.mjs';
import { expect, screenshot, test } from './support/fixtures.mjs';

const QUARTER = '2009-Q3';
const DUE = '2009-10-15';
const PROGRAMME = 'Bangladesh';
const ACHIEVEMENTS = 'Labour force survey brief drafted with the Bureau of Statistics.';
const REASON = 'Please give the number of series published so far.';
const RESULT_COMMENT = 'Three briefs? The annex lists four.';

/** After a decision: back on the review queue, once loaded, without this report. */
async function expectOutOfQueue(manager) {
  const { page } = manager;
  await expect(page).toHaveURL(/#\/review$/);
  await expect(page.getByRole('heading', { name: 'Reports to review' })).toBeVisible();
  // The queue may show what it loaded before the decision: wait for it to load again.
  await manager.settled();
  await expect(page.getByRole('row').filter({ hasText: QUARTER }).filter({ hasText: PROGRAMME })).toHaveCount(0);
}

test.describe.serial('report cycle', () => {
  test('the officer fills the 2009-Q3 report and submits it', async ({ signedIn }) => {
    const { page } = await signedIn('po');
    const report = new MyReportPage(page);
    await report.open();

    await test.step('the officer starts the 2009-Q3 report and it saves itself', async () => {
      await report.start(QUARTER);
      await report.lineStatus('A2').selectOption('ON_TRACK');
      await report.linePercent('A2').fill('60');
      await report.resultValue('4.2 (i)').fill('3');
      await report.narrative('Achievements').fill(ACHIEVEMENTS);
      await report.waitUntilSaved();
      await expect(report.saveStatus()).toHaveText(/^Saved at \d\d:\d\d/);
      await screenshot(page, '1-po-fills-report');
      await screenshot(page, 'readme-po-form', { fullPage: false });
      // Saved on the server, not only in the page: a reload brings every value back.
      await page.reload();
      await expect(page.getByText('Status: Draft')).toBeVisible();
      await expect(report.lineStatus('A2')).toHaveValue('ON_TRACK');
      await expect(report.linePercent('A2')).toHaveValue('60');
      await expect(report.resultValue('4.2 (i)')).toHaveValue('3');
      await expect(report.narrative('Achievements')).toHaveValue(ACHIEVEMENTS);
    });

    await test.step('the officer submits after confirming', async () => {
      await report.submit();
      await expect(page.getByText('This report is Submitted and can no longer be edited.')).toBeVisible();
      await expect(page.getByRole('button', { name: 'Submit report' })).toHaveCount(0);
    });
  });

  test('the manager returns it with a reason, a line comment and a flagged result line', async ({ signedIn }) => {
    const manager = await signedIn('manager');
    const { page } = manager;
    const review = new ReviewPage(page);
    await review.openFromQueue(PROGRAMME, QUARTER);
    await expect(page.getByText('Status: Submitted')).toBeVisible();
    await screenshot(page, '2-manager-reviews');

    await test.step('the manager returns it with a reason, a line comment and a comment on 4.2 (i)', async () => {
      await review.returnWith(REASON, { A2: 'Say which series.' }, { '4.2 (i)': RESULT_COMMENT });
      await expectOutOfQueue(manager);
    });
  });

  test('the officer reads the return, fixes the value and resubmits', async ({ signedIn }) => {
    const { page } = await signedIn('po');
    const report = new MyReportPage(page);
    await report.open();
    await expect(page.getByText('Returned by the reviewer').first()).toBeVisible();

    await test.step("the officer sees the reviewer's reason at the top", async () => {
      await expect(page.getByText(REASON).first()).toBeVisible();
    });

    await test.step('the commented line is flagged in words, not only in colour', async () => {
      await expect(page.getByText('Flagged by the reviewer').first()).toBeVisible();
    });

    await test.step("the flagged result line shows the reviewer's comment beside its value", async () => {
      const result = page.getByRole('region', { name: '4.2 (i)', exact: true });
      await expect(result.getByText('Flagged by the reviewer')).toBeVisible();
      await expect(result.getByText(RESULT_COMMENT, { exact: false })).toBeVisible();
      await expect(result.getByLabel('4.2 (i) Value', { exact: true })).toBeVisible();
    });
    await screenshot(page, '3-po-sees-return');

    await test.step('the officer fixes the value and resubmits', async () => {
      await expect(report.resultValue('4.2 (i)')).toHaveValue('3');
      await report.resultValue('4.2 (i)').fill('4');
      await report.waitUntilSaved();
      await report.submit();
      await expect(page.getByText('This report is Submitted and can no longer be edited.')).toBeVisible();
      const result = page.getByRole('region', { name: /^4\.2 \(i\)/ });
      await expect(result).toContainText(/Value\s+4\b/, { useInnerText: true });
    });
  });

  test('the manager sees the change, approves, and the dashboard shows it', async ({ signedIn }) => {
    const manager = await signedIn('manager');
    const { page } = manager;
    const review = new ReviewPage(page);
    await review.openFromQueue(PROGRAMME, QUARTER);
    await expect(page.getByText('Changes since the report was returned')).toBeVisible();
    await screenshot(page, '4-manager-sees-changes');

    await test.step('the review shows the value changed from 3 to 4 since the return', async () => {
      const changes = page.locator('table', { has: page.getByRole('columnheader', { name: 'Before' }) });
      await expect(changes).toContainText(/4\.2 \(i\)[\s\S]*3[\s\S]*4/);
    });

    await test.step('the manager approves it', async () => {
      await review.approve();
      await expectOutOfQueue(manager);
    });

    const dashboard = new DashboardPage(page);
    await dashboard.open();
    await test.step('the dashboard shows 4.2 (i) at 100 %', async () => {
      await expect(dashboard.componentRow('4.2')).toContainText(/100\s?%/);
    });

    await test.step('the compliance matrix shows Dhaka approved for 2009-Q3', async () => {
      await expect(dashboard.complianceCell('CO-DHAKA', DUE)).toContainText('Approved');
    });
    await screenshot(page, '5-dashboard');

    await test.step('the dashboard downloads the tracking table of its eight quarters', async () => {
      const [table] = await Promise.all([
        page.waitForEvent('download', { timeout: 30_000 }),
        page.getByRole('button', { name: 'Download the tracking table (.xlsx)' }).click(),
      ]);
      expect(table.suggestedFilename()).toBe('all-offices-indicator-tracking-2008-Q1-2009-Q4.xlsx');
    });
    await page.mouse.wheel(0, -100_000);
    await screenshot(page, 'readme-dashboard', { fullPage: false });
  });
});
