// KM staff open the Q2 2009 update of ROAP, read it as the seed's document, and download it as a
// workbook named as the office circulates it.
import { openBrowser, screenshot } from '../browser.mjs';
import { LoginPage } from '../../pom/login-page.mjs';
import { DEMO_USERS, graphql, signInOverApi } from '../../requests/graphql.mjs';

export async function kmUpdate(url, check) {
  const browser = await openBrowser();
  try {
    const { page } = browser;
    const login = new LoginPage(page, url);
    await login.open();
    await login.signIn(...DEMO_USERS.km);
    await page.locator('#main-content').waitFor({ timeout: 30_000 });
    await page.getByRole('menuitem', { name: 'KM quarterly updates' }).click();
    await page.getByText('2009-Q2').first().waitFor({ timeout: 15_000 });
    check.ok(true, 'KM staff find the quarterly updates in the menu');
    const token = await signInOverApi(url, ...DEMO_USERS.km);
    const { data } = await graphql(url, token, '{ allQuarterlyUpdates { id } }');
    await page.goto(`${url}/#/QuarterlyUpdate/${data.allQuarterlyUpdates[0].id}/show`);
    await page.getByText('Knowledge Management Update').first().waitFor({ timeout: 15_000 });
    await page.getByText('Unlocking the KM / KS factor', { exact: false }).first().waitFor({ timeout: 15_000 });
    check.ok(true, "the update reads as seed 001's document, critical issues included");
    await screenshot(page, 'km-update');
    const [download] = await Promise.all([
      page.waitForEvent('download', { timeout: 30_000 }),
      page.getByRole('button', { name: 'Download the KM update (.xlsx)' }).click(),
    ]);
    check.ok(
      download.suggestedFilename() === 'ROAP-KM-update-2009-Q2.xlsx',
      `downloads ${download.suggestedFilename()}`,
    );
    check.ok(browser.errors.length === 0, `no browser errors (${browser.errors.slice(0, 3).join('; ')})`);
  } finally {
    await browser.close();
  }
}
