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

test('re-run and compare: the seed scenario turns healthy once its fix is applied in the sandbox', async ({
  dashboard,
  page,
  request,
}) => {
  await dashboard.useSandbox(SEED);
  await dashboard.run();
  const verdict = dashboard.verdict();
  await expect(verdict.getByTestId('verdict-cause')).toHaveText(SEED);
  // The fix as the verdict offers it, scoped to the API; applied as the customer would (test-only admin route).
  await verdict.getByRole('radio', { name: 'every field of this API (/*)' }).check();
  const statement = JSON.parse(
    (await verdict.getByLabel('Statement to add', { exact: true }).textContent()) ?? '{}',
  ) as unknown;
  const applied = await request.post(`${SANDBOX_URL}/__sandbox/put-role-policy`, {
    data: {
      roleName: 'authtrace-demo-authenticated',
      policyName: 'AuthtraceAllowAppSyncGraphQL',
      policyDocument: { Version: '2012-10-17', Statement: [statement] },
    },
  });
  expect(applied.ok()).toBe(true);
  await expect(verdict.getByTestId('verdict-provisional')).toHaveCount(0);

  await dashboard.run();
  await expect(dashboard.verdict().getByTestId('verdict-cause')).toHaveText('healthy');
  const runs = page.getByRole('list', { name: 'Runs' });
  await expect(runs.getByRole('listitem')).toHaveCount(2);
  await page.getByRole('button', { name: 'Compare with previous' }).click();
  const comparison = page.getByTestId('comparison');
  await expect(comparison).toContainText('The role’s policy names another API, account or region');
  await expect(comparison).toContainText('→ The chain is healthy (proven) now');
  await expect(comparison.getByRole('list', { name: 'Links that changed' })).toContainText(
    'AppSync authorized the request: broken → holds',
  );
  await comparison.getByRole('button', { name: 'Make the “confirmed fixed” link' }).click();
  await expect(comparison.getByRole('textbox', { name: 'Confirmed fixed link' })).toHaveValue(/#\/share\/1\./);
  // The earlier run is still there to look at.
  await runs.getByRole('button', { name: /^Run 1/ }).click();
  await expect(dashboard.verdict().getByTestId('verdict-cause')).toHaveText(SEED);
});

test('a saved case opens in the UI; a file that is not a case says why and changes nothing', async ({
  dashboard,
  page,
}) => {
  const input = page.getByLabel('Open a saved case (JSON)');
  await input.setInputFiles({ name: 'notes.json', mimeType: 'application/json', buffer: Buffer.from('{ "a": ') });
  await expect(page.getByRole('alert').filter({ hasText: 'notes.json is not JSON' })).toBeVisible();
  await input.setInputFiles('src/chain/fixtures/v1/seed-case.json');
  await expect(dashboard.verdict().getByTestId('verdict-cause')).toHaveText(SEED);
  await expect(page.getByRole('list', { name: 'Runs' })).toContainText('seed-case.json');
});

test('the trace lists every recorded call with its request id, and zooms to the validity bars', async ({
  dashboard,
  page,
}) => {
  await dashboard.useSandbox(SEED);
  await dashboard.run();
  await expect(dashboard.verdict().getByTestId('verdict-cause')).toHaveText(SEED);
  const trace = page.getByTestId('trace');
  const calls = trace.getByRole('list', { name: 'Recorded calls' });
  for (const operation of ['InitiateAuth', 'GetId', 'GetCredentialsForIdentity', 'GraphQL'])
    await expect(calls).toContainText(operation);
  await expect(trace.getByRole('button', { name: /^Copy request id of GraphQL/ }).first()).toBeVisible();
  await expect(calls).toContainText(/valid until \d\d:\d\d UTC, \+\d+ min/);
  await expect(trace.getByRole('list', { name: 'Connectors' })).toContainText(
    'GetCredentialsForIdentity → AssumeRoleWithWebIdentity',
  );
  await trace.getByRole('button', { name: 'Validity' }).click();
  await expect(trace.getByRole('button', { name: 'Validity' })).toHaveAttribute('aria-pressed', 'true');
});

test('on a 390 px phone the trace has no horizontal scroll', async ({ dashboard, page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await dashboard.useSandbox(SEED);
  await dashboard.run();
  await expect(page.getByTestId('trace').getByRole('list', { name: 'Recorded calls' })).toContainText('GraphQL');
  const overflow = await page.getByTestId('trace').evaluate((el) => el.scrollWidth - el.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
});
