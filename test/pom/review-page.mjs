/** The regional manager's review queue and review page. */
export class ReviewPage {
  constructor(page) {
    this.page = page;
  }

  /** Opens the submitted report of `programme` for `quarter` from the queue. */
  async openFromQueue(programme, quarter) {
    await this.page.getByRole('menuitem', { name: 'Reports to review' }).click();
    const row = this.page.locator('tr', { hasText: quarter }).filter({ hasText: programme });
    await row.getByRole('link', { name: 'Review' }).click();
    await this.page
      .getByRole('heading', { level: 1, name: new RegExp(`Review: .*${quarter}`) })
      .waitFor({ timeout: 15_000 });
  }

  /** `lineComments` by plan item code, `resultComments` by component name ("4.2 (i)"): each flags its line. */
  async returnWith(reason, lineComments = {}, resultComments = {}) {
    await this.page.getByRole('button', { name: 'Return', exact: true }).click();
    const dialog = this.page.getByRole('dialog');
    await dialog.getByLabel('Reason for returning').fill(reason);
    for (const [code, comment] of Object.entries(lineComments))
      await dialog.getByLabel(`Comment on ${code}`).fill(comment);
    for (const [component, comment] of Object.entries(resultComments))
      await dialog.getByLabel(`Comment on the result ${component}`).fill(comment);
    await dialog.getByRole('button', { name: 'Return the report' }).click();
    await this.page.getByText('Report returned to the office').first().waitFor({ timeout: 15_000 });
  }

  async approve() {
    await this.page.getByRole('button', { name: 'Approve', exact: true }).click();
    await this.page.getByRole('dialog').getByRole('button', { name: 'Approve' }).click();
    await this.page.getByText('Report approved').first().waitFor({ timeout: 15_000 });
  }
}
