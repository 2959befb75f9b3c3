import type { Page } from '@playwright/test';
import { SANDBOX_URL } from './sandbox';
import { expect, test } from './fixtures';

const SEED = 'role-policy-resource-mismatch';

test.use({ viewport: { width: 1280, height: 720 } });

/** Whether the element's box is inside the viewport (at least partly: a heading's top line is enough). */
async function inViewport(page: Page, name: RegExp | string) {
  const heading = page.getByRole('region', { name: 'Verdict' }).getByRole('heading', { level: 2, name });
  const box = await heading.boundingBox();
  const viewport = page.viewportSize();
  return Boolean(box && viewport && box.y >= 0 && box.y + box.height <= viewport.height);
}

test('after Run the verdict heading is in view and focused, and announced', async ({ dashboard, page }) => {
  await dashboard.useSandbox(SEED);
  // Step 1 folds to a summary once filled.
  await expect(
    page.getByRole('region', { name: '1 · Connect' }).getByRole('button', { name: 'Change the connection' }),
  ).toBeVisible();
  await expect(page.getByLabel('User pool id')).toHaveCount(0);
  await dashboard.run();
  const heading = dashboard.verdict().getByRole('heading', { level: 2 });
  await expect(heading).toBeFocused();
  await expect(heading).toHaveText('The role’s policy names another API, account or region');
  await expect(heading).toBeInViewport();
  expect(await inViewport(page, 'The role’s policy names another API, account or region')).toBe(true);
  await expect(page.getByTestId('verdict-announcement')).toContainText('Verdict: The role’s policy names another API');
  // The headline names the role, not its ARN; the proofs keep the full ARNs.
  await expect(dashboard.verdict()).toContainText('authtrace-demo-authenticated was assumed, but its policy');
  await expect(dashboard.verdict().getByRole('list', { name: 'Candidates' })).toBeVisible();
});

test('keyboard only: pick the sandbox, run, land on the verdict, reopen the connection', async ({ page, request }) => {
  await request.post(`${SANDBOX_URL}/__sandbox/scenario`, { data: { id: SEED } });
  await page.goto('/');
  const picker = page.getByLabel('Sandbox scenario');
  await expect(picker).toHaveValue(SEED);
  const use = page.getByRole('button', { name: 'Use sandbox account' });
  for (let i = 0; i < 15 && !(await use.evaluate((el) => el === document.activeElement)); i += 1)
    await page.keyboard.press('Tab');
  await expect(use).toBeFocused();
  await page.keyboard.press('Enter');
  // The form folds; the focus moves on to Run, which starts with Enter.
  const run = page.getByRole('button', { name: 'Run the chain' });
  await expect(run).toBeFocused();
  await page.keyboard.press('Enter');
  const heading = page.getByRole('region', { name: 'Verdict' }).getByRole('heading', { level: 2 });
  await expect(heading).toBeFocused();
  await expect(page.getByRole('region', { name: 'Verdict' }).getByTestId('verdict-cause')).toHaveText(SEED);
  // Shift+Tab back to the connection summary's "Change" and open the form again.
  const change = page.getByRole('button', { name: 'Change the connection' });
  for (let i = 0; i < 30 && !(await change.evaluate((el) => el === document.activeElement)); i += 1)
    await page.keyboard.press('Shift+Tab');
  await expect(change).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByLabel('User pool id')).toBeVisible();
});
