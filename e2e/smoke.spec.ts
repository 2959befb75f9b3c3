import { expect, test } from '@playwright/test';

test('the dashboard finds the local sandbox account', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'Authtrace' })).toBeVisible();
  await expect(page.getByRole('status')).toContainText('Sandbox account ready');
});
