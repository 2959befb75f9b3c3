import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { type DashboardPage, expect, test } from './fixtures';

/** Serious and critical axe violations, each with where it is; `exclude` leaves regions out (CSS selectors). */
async function seriousViolations(page: Page, exclude: string[] = []): Promise<string[]> {
  // Folded parts are checked too: open every <details> first.
  await page.locator('details').evaluateAll((all) => all.forEach((d) => ((d as HTMLDetailsElement).open = true)));
  const axe = new AxeBuilder({ page });
  for (const selector of exclude) axe.exclude(selector);
  const { violations } = await axe.analyze();
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(' ')}`));
}

async function runSeed(page: Page, dashboard: DashboardPage, colorScheme: 'light' | 'dark') {
  // The toggle, as an engineer switches (the first visit saved the system's theme).
  if (colorScheme === 'dark') await page.getByRole('button', { name: 'Switch to dark mode' }).click();
  await expect(page.locator('html')).toHaveClass(colorScheme === 'dark' ? /dark/ : /^(?!.*dark)/);
  await dashboard.useSandbox('role-policy-resource-mismatch');
  await dashboard.run();
  await expect(dashboard.verdict()).toBeVisible();
  await expect(page.getByRole('region', { name: 'Share with the customer' })).toBeVisible();
}

test('the whole dashboard after a run in dark mode, verdict and timeline included', async ({ page, dashboard }) => {
  await runSeed(page, dashboard, 'dark');
  expect(await seriousViolations(page)).toEqual([]);
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`the dashboard after a run: no serious axe violation (${colorScheme})`, async ({ page, dashboard }) => {
    await runSeed(page, dashboard, colorScheme);
    expect(await seriousViolations(page)).toEqual([]);
  });

  test(`the offline page: no serious axe violation (${colorScheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme });
    await page.goto('/#/offline');
    await expect(page.locator('html')).toHaveClass(colorScheme === 'dark' ? /dark/ : /^(?!.*dark)/);
    await expect(page.getByRole('button', { name: 'Build the timeline' })).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
  });
}
