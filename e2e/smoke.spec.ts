import { expect, test } from './fixtures';

test('the dashboard finds the local sandbox account and lists its scenarios', async ({ dashboard, page }) => {
  void dashboard;
  await expect(page.getByLabel('Sandbox scenario')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Use sandbox account' })).toBeEnabled();
  await expect(page.getByRole('button', { name: 'Run the chain' })).toBeDisabled();
});

test('with no sandbox the page says so and keeps the config form; once one answers, "Look again" finds it', async ({
  page,
  keeper,
}) => {
  expect(await keeper.stop(), 'the sandbox of this run is the one the tests started').toBe(true);
  await page.goto('/');
  await expect(page.getByText(/No local sandbox at/)).toBeVisible();
  await expect(page.getByLabel(/App config/)).toBeEditable();
  await keeper.ensure();
  await page.getByRole('button', { name: 'Look again' }).click();
  await expect(page.getByLabel('Sandbox scenario')).toBeEnabled();
});
