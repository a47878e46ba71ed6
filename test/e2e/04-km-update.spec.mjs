// KM staff open the Q2 2009 update of ROAP, read it as the seed's document, and download it as a
// workbook named as the office circulates it.
import { DEMO_USERS, graphql, signInOverApi } from '../requests/graphql.mjs';
import { expect, screenshot, test } from './support/fixtures.mjs';

test('KM update: KM staff read the 2009-Q2 update and download it', async ({ signedIn, url }) => {
  const { page } = await signedIn('km');

  await test.step('KM staff find the quarterly updates in the menu', async () => {
    await page.getByRole('menuitem', { name: 'KM quarterly updates' }).click();
    await expect(page).toHaveURL(/#\/QuarterlyUpdate$/);
    await expect(page.getByRole('row').filter({ hasText: '2009-Q2' }).first()).toBeVisible();
  });

  await test.step("the update reads as seed 001's document, critical issues included", async () => {
    const token = await signInOverApi(url, ...DEMO_USERS.km);
    const { data } = await graphql(url, token, '{ allQuarterlyUpdates { id } }');
    await page.goto(`${url}/#/QuarterlyUpdate/${data.allQuarterlyUpdates[0].id}/show`);
    await expect(page.getByRole('heading', { level: 1, name: 'Knowledge Management Update' })).toBeVisible();
    await expect(page.locator('dt', { hasText: 'Period covered:' }).locator('+ dd')).toHaveText('2009-Q2');
    const issues = page.getByRole('region', { name: 'Critical issues and challenges' });
    await expect(issues).toContainText('Unlocking the KM / KS factor');
  });
  await screenshot(page, 'km-update');

  await test.step('downloads the update as ROAP-KM-update-2009-Q2.xlsx', async () => {
    const [download] = await Promise.all([
      page.waitForEvent('download', { timeout: 30_000 }),
      page.getByRole('button', { name: 'Download the KM update (.xlsx)' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('ROAP-KM-update-2009-Q2.xlsx');
  });
});
