// A wrong password is refused with the API's message; the demo administrator signs in and sees
// the indicators and offices of the demo data.
import { openBrowser, screenshot } from '../browser.mjs';
import { LoginPage } from '../../pom/login-page.mjs';

export async function signIn(url, check) {
  const browser = await openBrowser();
  try {
    const page = browser.page;
    const login = new LoginPage(page, url);
    await login.open();
    await login.signIn('admin@example.org', 'not-the-password-1');
    await page.getByText('invalid email or password').waitFor({ timeout: 15_000 });
    check.ok(true, 'refuses a wrong password with the API’s message');

    await login.signIn('admin@example.org', 'Decent-work-2009');
    await page.getByRole('menuitem', { name: 'Indicators' }).click();
    await page.getByText('Progress made on eight different dimensions', { exact: false }).waitFor({ timeout: 20_000 });
    check.ok(true, 'signs the demo administrator in and opens the indicators');
    check.ok(await page.getByText('of 16').first().isVisible(), 'pages through the 16 indicators of the strategy');

    await page.getByRole('menuitem', { name: 'Offices' }).click();
    await page.getByText('ILO Country Office for Bangladesh, Dhaka').waitFor({ timeout: 15_000 });
    check.ok(true, 'lists the offices, Dhaka among them');
    await screenshot(page, 'sign-in-offices');
    check.ok(browser.errors.length === 0, `no browser errors (${browser.errors.join('; ')})`);
  } finally {
    await browser.close();
  }
}
