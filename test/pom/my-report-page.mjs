import { expect } from '@playwright/test';

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
  evidenceLinks(component) {
    return this.page.getByLabel(`${component} Evidence links`, { exact: true });
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

  /** Starts the quarter's report when it is not started yet (a fresh database); else keeps the draft shown. */
  async startIfNeeded() {
    const start = this.page.getByRole('button', { name: /^Start my report for / });
    const form = this.page.getByRole('button', { name: 'Submit report' });
    await expect(start.or(form)).toBeVisible({ timeout: 15_000 });
    if (await start.isVisible()) {
      await start.click();
      await form.waitFor({ timeout: 15_000 });
    }
  }

  /** The notice of values restored from this browser, with its "Discard them" button. */
  restoredNotice() {
    return this.page.getByRole('status').filter({ hasText: /^Restored \d+ unsaved changes? kept in this browser/ });
  }

  async submit() {
    await this.page.getByRole('button', { name: 'Submit report' }).click();
    const dialog = this.page.getByRole('dialog');
    await dialog.waitFor();
    await dialog.getByRole('button', { name: 'Submit report' }).click();
    await this.page.getByText('Report submitted for review').first().waitFor({ timeout: 15_000 });
  }
}
