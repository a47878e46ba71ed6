// A wrong password is refused with the API's message; the demo administrator signs in and sees
// the indicators and offices of the demo data.
import { LoginPage } from '../pom/login-page.mjs';
import { DEMO_USERS } from '../requests/graphql.mjs';
import { expect, screenshot, test } from './support/fixtures.mjs';

test('sign-in: a wrong password is refused, the administrator reads indicators and offices', async ({
  newSession,
  url,
}) => {
  const { page } = await newSession('admin');
  const login = new LoginPage(page, url);
  await login.open();

  await test.step('refuses a wrong password with the API’s message', async () => {
    await login.signIn(DEMO_USERS.admin[0], 'not-the-password-1');
    await expect(page.getByText('invalid email or password')).toBeVisible();
    await expect(page).toHaveURL(/#\/login$/);
    await expect(page.locator('input[name="password"]')).toBeVisible();
  });

  await test.step('signs the demo administrator in and opens the indicators', async () => {
    await login.signIn(...DEMO_USERS.admin);
    await page.getByRole('menuitem', { name: 'Indicators' }).click();
    await expect(page).toHaveURL(/#\/Indicator$/);
    await expect(
      page.getByRole('row').filter({ hasText: 'Progress made on eight different dimensions' }).first(),
    ).toBeVisible({ timeout: 20_000 });
  });

  await test.step('pages through the 16 indicators of each version of the strategy, the draft 2010-11 one included', async () => {
    await expect(page.getByText('of 32').first()).toBeVisible();
    await expect(
      page.getByRole('row').filter({ hasText: 'ILO knowledge-sharing strategy 2010-11' }).first(),
    ).toBeVisible();
  });

  await test.step('lists the offices, Dhaka among them', async () => {
    await page.getByRole('menuitem', { name: 'Offices' }).click();
    await expect(page).toHaveURL(/#\/Office$/);
    await expect(page.getByRole('row').filter({ hasText: 'ILO Country Office for Bangladesh, Dhaka' })).toBeVisible();
    await screenshot(page, 'sign-in-offices');
  });
});
