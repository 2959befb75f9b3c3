import { expect, test } from './fixtures';

test('the dashboard finds the local sandbox account and lists its scenarios', async ({ dashboard, page }) => {
  void dashboard;
  await expect(page.getByLabel('Sandbox scenario')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Use sandbox account' })).toBeEnabled();
  await expect(page.getByRole('button', { name: 'Run the chain' })).toBeDisabled();
});
