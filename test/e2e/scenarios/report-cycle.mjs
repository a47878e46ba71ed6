// The quarter's cycle as its users live it: the Dhaka programme officer fills and submits the
// 2009-Q3 report; the regional manager returns it with a reason and a comment; the officer
// fixes and resubmits it; the manager approves it; the dashboard and the compliance matrix show it.
import { openBrowser, screenshot } from '../browser.mjs';
import { DashboardPage } from '../../pom/dashboard-page.mjs';
import { LoginPage } from '../../pom/login-page.mjs';
import { MyReportPage } from '../../pom/my-report-page.mjs';
import { ReviewPage } from '../../pom/review-page.mjs';
import { DEMO_USERS } from '../../requests/graphql.mjs';

const QUARTER = '2009-Q3';
const DUE = '2009-10-15';
const PROGRAMME = 'Bangladesh';

async function as(url, user, check, steps) {
  const browser = await openBrowser();
  try {
    const login = new LoginPage(browser.page, url);
    await login.open();
    await login.signIn(...DEMO_USERS[user]);
    await browser.page.locator('#main-content').waitFor({ timeout: 30_000 });
    await steps(browser.page);
    check.ok(browser.errors.length === 0, `${user}: no browser errors (${browser.errors.slice(0, 3).join('; ')})`);
  } finally {
    await browser.close();
  }
}

export async function reportCycle(url, check) {
  await as(url, 'po', check, async (page) => {
    const report = new MyReportPage(page);
    await report.open();
    await report.start(QUARTER);
    await report.lineStatus('A2').selectOption('ON_TRACK');
    await report.linePercent('A2').fill('60');
    await report.resultValue('4.2 (i)').fill('3');
    await report.narrative('Achievements').fill('Labour force survey brief drafted with the Bureau of Statistics.');
    await report.waitUntilSaved();
    check.ok(true, 'the officer starts the 2009-Q3 report and it saves itself');
    await screenshot(page, '1-po-fills-report');
    await screenshot(page, 'readme-po-form', { fullPage: false });
    await report.submit();
    check.ok(true, 'the officer submits after confirming');
  });

  await as(url, 'manager', check, async (page) => {
    const review = new ReviewPage(page);
    await review.openFromQueue(PROGRAMME, QUARTER);
    await screenshot(page, '2-manager-reviews');
    await review.returnWith('Please give the number of series published so far.', { A2: 'Say which series.' });
    check.ok(true, 'the manager returns it with a reason and a line comment');
  });

  await as(url, 'po', check, async (page) => {
    const report = new MyReportPage(page);
    await report.open();
    await page.getByText('Returned by the reviewer').waitFor({ timeout: 15_000 });
    check.ok(
      await page.getByText('Please give the number of series published so far.').first().isVisible(),
      "the officer sees the reviewer's reason at the top",
    );
    check.ok(
      await page.getByText('Flagged by the reviewer').first().isVisible(),
      'the commented line is flagged in words, not only in colour',
    );
    await screenshot(page, '3-po-sees-return');
    await report.resultValue('4.2 (i)').fill('4');
    await report.waitUntilSaved();
    await report.submit();
    check.ok(true, 'the officer fixes the value and resubmits');
  });

  await as(url, 'manager', check, async (page) => {
    const review = new ReviewPage(page);
    await review.openFromQueue(PROGRAMME, QUARTER);
    await page.getByText('Changes since the report was returned').waitFor();
    await screenshot(page, '4-manager-sees-changes');
    const changes = await page
      .locator('table', { has: page.getByRole('columnheader', { name: 'Before' }) })
      .innerText();
    check.ok(
      /4\.2 \(i\)[\s\S]*3[\s\S]*4/.test(changes),
      `the review shows the value changed from 3 to 4 since the return (${changes})`,
    );
    await review.approve();
    check.ok(true, 'the manager approves it');

    const dashboard = new DashboardPage(page);
    await dashboard.open();
    const row = dashboard.componentRow('4.2');
    await row.waitFor();
    check.ok(/100\s?%/.test(await row.innerText()), `the dashboard shows 4.2 (i) at 100 % (${await row.innerText()})`);
    const cell = dashboard.complianceCell('CO-DHAKA', DUE);
    check.ok(/Approved/.test(await cell.innerText()), 'the compliance matrix shows Dhaka approved for 2009-Q3');
    await screenshot(page, '5-dashboard');
    const [table] = await Promise.all([
      page.waitForEvent('download', { timeout: 30_000 }),
      page.getByRole('button', { name: 'Download the tracking table (.xlsx)' }).click(),
    ]);
    check.ok(
      table.suggestedFilename() === 'all-offices-indicator-tracking-2008-Q1-2009-Q4.xlsx',
      `the dashboard downloads the tracking table of its eight quarters (${table.suggestedFilename()})`,
    );
    await page.mouse.wheel(0, -100_000);
    await screenshot(page, 'readme-dashboard', { fullPage: false });
  });
}
