/** The programme officer's "My report for <quarter>" page. */
export class MyReportPage {
  constructor(page) {
    this.page = page;
  }

  async open() {
    await this.page.getByRole('menuitem', { name: 'My report' }).click();
  }

  async start(quarter) {
    await this.page.getByRole('button', { name: `Start my report for ${quarter}` }).click();
    await this.page.getByRole('heading', { level: 1, name: `My report for ${quarter}` }).waitFor({ timeout: 15_000 });
  }

  lineStatus(code) {
    return this.page.getByLabel(`${code} Status`, { exact: true });
  }
  linePercent(code) {
    return this.page.getByLabel(`${code} Per cent complete`, { exact: true });
  }
  resultValue(component) {
    return this.page.getByLabel(`${component} Value`, { exact: true });
  }
  narrative(name) {
    return this.page.getByLabel(name, { exact: true });
  }

  /** The autosave status region: "Unsaved changes", "Saving…", "Saved at hh:mm", "Not saved: …". */
  saveStatus() {
    return this.page.locator('[role="status"][aria-live="polite"]');
  }

  /** Autosave: the status region says "Saved at hh:mm" once the last change is stored. */
  async waitUntilSaved() {
    await this.page.getByText(/^Saved at /).waitFor({ timeout: 15_000 });
  }

  async submit() {
    await this.page.getByRole('button', { name: 'Submit report' }).click();
    const dialog = this.page.getByRole('dialog');
    await dialog.waitFor();
    await dialog.getByRole('button', { name: 'Submit report' }).click();
    await this.page.getByText('Report submitted for review').first().waitFor({ timeout: 15_000 });
  }
}
