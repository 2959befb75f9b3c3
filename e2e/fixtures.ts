import { test as base, expect, type Page } from '@playwright/test';

/** The dashboard as a support engineer sees it: role and label locators only. */
export class DashboardPage {
  constructor(readonly page: Page) {}

  async open() {
    await this.page.goto('/');
    await expect(this.page.getByRole('heading', { name: 'Authtrace' })).toBeVisible();
  }

  /** Picks a sandbox scenario and fills every field from it ("Use sandbox account"). */
  async useSandbox(scenarioId: string) {
    const picker = this.page.getByLabel('Sandbox scenario');
    await expect(picker).toBeEnabled();
    await picker.selectOption(scenarioId);
    await this.page.getByRole('button', { name: 'Use sandbox account' }).click();
    await expect(this.page.getByLabel('Test user')).not.toHaveValue('');
  }

  /** Step 1 folds to a summary once filled: open the form again. */
  async editConnection() {
    await this.page.getByRole('button', { name: 'Change the connection' }).click();
  }

  async run() {
    await this.page.getByRole('button', { name: 'Run the chain' }).click();
  }

  verdict() {
    return this.page.getByRole('region', { name: 'Verdict' });
  }

  lane(title: string) {
    return this.page.getByRole('group', { name: title });
  }
}

export const test = base.extend<{ dashboard: DashboardPage }>({
  dashboard: async ({ page }, use) => {
    const dashboard = new DashboardPage(page);
    await dashboard.open();
    await use(dashboard);
  },
});

export { expect };
