import { test as base, expect, type Page } from '@playwright/test';
import { SANDBOX_URL, SandboxKeeper, sandboxTrouble } from './sandbox';

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
    const failed: string[] = [];
    const onFailed = (request: { url(): string; failure(): { errorText: string } | null }) => {
      if (request.url().startsWith(SANDBOX_URL)) failed.push(`${request.url()}: ${request.failure()?.errorText}`);
    };
    this.page.on('requestfailed', onFailed);
    try {
      await expect(picker).toBeEnabled();
    } catch (error) {
      // Say why the picker is missing: what the page shows, what the browser saw, whether the sandbox answers Node.
      const shown = await this.page.getByText(/local sandbox/).allTextContents();
      throw new Error(
        `No sandbox picker. The page says: ${JSON.stringify(shown)}; failed browser requests: ${JSON.stringify(failed)}; ` +
          `from Node the sandbox ${(await sandboxTrouble()) ?? 'answers'}.`,
        { cause: error },
      );
    } finally {
      this.page.off('requestfailed', onFailed);
    }
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

export const test = base.extend<{ dashboard: DashboardPage; sandbox: void }, { keeper: SandboxKeeper }>({
  keeper: [
    // eslint-disable-next-line no-empty-pattern -- Playwright reads a fixture's dependencies from this pattern.
    async ({}, use) => {
      const keeper = new SandboxKeeper();
      await use(keeper);
      await keeper.stop();
    },
    { scope: 'worker' },
  ],
  // Every test starts with a sandbox that answers.
  sandbox: [
    async ({ keeper }, use) => {
      await keeper.ensure();
      await use();
    },
    { auto: true, timeout: 90_000 },
  ],
  dashboard: async ({ page }, use) => {
    const dashboard = new DashboardPage(page);
    await dashboard.open();
    await use(dashboard);
  },
});

export { expect };
