import type { Page } from '@playwright/test';
import { findScenario } from '../sandbox/scenarios/registry.ts';
import { SANDBOX_URL } from './sandbox';
import { expect, test } from './fixtures';

/**
 * Which response headers AWS's CORS answers expose to a browser is unconfirmed (sandbox/FIDELITY.md, "CORS"). Under
 * the switch `exposedHeaders: 'none'` a browser reads no x-amzn-RequestId and no x-amzn-ErrorType: Amplify and the
 * SDK must name errors from the body, and the verdict must not change. One scenario per stage that answers an error.
 */
const SCENARIOS = [
  'healthy',
  'provider-not-configured', // the identity pool refuses the token
  'trust-policy-mismatch', // STS refuses the role, through the identity pool
  'credentials-not-recognized', // AppSync 401, UnrecognizedClientException
  'role-policy-resource-mismatch', // AppSync 401 after IAM's decision
  'resolver-allow-list-stale', // 200 with a resolver's refusal
];

async function withoutExposedHeaders(page: Page, id: string) {
  const switched = await page.request.post(`${SANDBOX_URL}/__sandbox/scenario`, {
    data: { id, unconfirmed: { exposedHeaders: 'none' } },
  });
  expect(switched.ok()).toBe(true);
  // The switch holds in this browser: an AWS answer's request id (sent, as every answer carries one) is unreadable.
  const readable = await page.evaluate(async (url) => {
    const answer = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/x-amz-json-1.1', 'x-amz-target': 'AWSCognitoIdentityService.GetId' },
      body: '{}',
    });
    return answer.headers.get('x-amzn-requestid');
  }, SANDBOX_URL);
  expect(readable).toBeNull();
}

for (const id of SCENARIOS) {
  test(`${id}: the same verdict when the browser may read no AWS response header`, async ({ dashboard, page }) => {
    await dashboard.useSandbox(id);
    await withoutExposedHeaders(page, id);
    await dashboard.run();
    await expect(dashboard.verdict().getByTestId('verdict-cause')).toHaveText(findScenario(id)?.expected ?? '?');
  });
}

test('a wrong password is still named NotAuthorizedException when no response header is readable', async ({
  dashboard,
  page,
}) => {
  await dashboard.useSandbox('healthy');
  await withoutExposedHeaders(page, 'healthy');
  await page.getByLabel('Password').fill('not-the-password');
  await dashboard.run();
  await expect(dashboard.verdict()).toContainText('The chain stopped at sign-in: NotAuthorizedException');
});
