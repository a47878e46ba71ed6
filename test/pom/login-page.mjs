/** react-admin's sign-in form. */
export class LoginPage {
  constructor(page, url) {
    this.page = page;
    this.url = url;
  }

  async open() {
    await this.page.goto(`${this.url}/`);
    await this.page.locator('input[name="username"]').waitFor({ timeout: 30_000 });
  }

  async signIn(email, password) {
    await this.page.locator('input[name="username"]').fill(email);
    await this.page.locator('input[name="password"]').fill(password);
    await this.page.locator('button[type="submit"]').click();
  }

  /** Signs out through the user menu, back to the sign-in form. */
  async signOut() {
    await this.page
      .getByRole('button', { name: /profile|user/i })
      .first()
      .click();
    await this.page.getByRole('menuitem', { name: /logout|sign out|déconnexion|cerrar sesión/i }).click();
    await this.page.locator('input[name="username"]').waitFor({ timeout: 15_000 });
  }
}
