/** The management dashboard (home page). */
export class DashboardPage {
  constructor(page) {
    this.page = page;
  }

  async open() {
    await this.page.getByRole('menuitem', { name: 'Dashboard' }).click();
    await this.page.getByRole('heading', { name: /^Outcome 1/ }).waitFor({ timeout: 30_000 });
  }

  /** The table row of an indicator's first component, e.g. "4.2". */
  componentRow(indicatorCode) {
    return this.page.locator('tr', { has: this.page.getByRole('button', { name: new RegExp(`^${indicatorCode} `) }) });
  }

  /** The compliance cell of an office for the quarter due on `dueDate`. */
  complianceCell(officeCode, dueDate) {
    return this.page.locator('tr', { hasText: officeCode }).locator(`td[title*="${dueDate}"]`);
  }
}
