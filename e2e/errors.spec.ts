import { SANDBOX_URL } from './sandbox';
import { expect, test } from './fixtures';

test('a wrong password stops at sign-in with what to do, and keeps what was typed', async ({ dashboard, page }) => {
  await dashboard.useSandbox('healthy');
  await page.getByLabel('Password').fill('not-the-password');
  await dashboard.run();
  await expect(dashboard.verdict().getByTestId('verdict-cause')).toHaveText('inconclusive');
  await expect(dashboard.verdict()).toContainText('The chain stopped at sign-in: NotAuthorizedException');
  await expect(dashboard.verdict()).toContainText('Check the test user’s username and password');
  await expect(dashboard.lane('User pool token')).toContainText('Sign-in failed: NotAuthorizedException');
  await expect(page.getByLabel('Password')).toHaveValue('not-the-password');
  await expect(page.getByLabel('Test user')).toHaveValue('tester@example.com');
});

test('AccessDenied on cloudtrail:LookupEvents is explained in the STS lane; the verdict still stands', async ({
  dashboard,
  page,
}) => {
  await dashboard.useSandbox('role-policy-resource-mismatch');
  // Same account, but the read-only principal may not read CloudTrail.
  const switched = await page.request.post(`${SANDBOX_URL}/__sandbox/scenario`, {
    data: { id: 'role-policy-resource-mismatch', readOnlyDeny: ['cloudtrail:LookupEvents'] },
  });
  expect(switched.ok()).toBe(true);
  await dashboard.run();
  await expect(dashboard.verdict().getByTestId('verdict-cause')).toHaveText('role-policy-resource-mismatch');
  const sts = dashboard.lane('STS event (CloudTrail)');
  await expect(sts.getByRole('alert')).toContainText('cloudtrail:LookupEvents');
  await expect(page.getByRole('region', { name: 'Lookups' })).toContainText('denied');
});

test('unknown read-only keys are reported as such', async ({ dashboard, page }) => {
  await dashboard.useSandbox('healthy');
  await page
    .getByLabel('Read-only credentials (for CloudTrail)')
    .fill('AWS_ACCESS_KEY_ID=AKIAEXAMPLEUNKNOWN00\nAWS_SECRET_ACCESS_KEY=wrongwrongwrongwrongwrongwrongwrongwrong');
  await dashboard.run();
  await expect(dashboard.verdict().getByTestId('verdict-cause')).toHaveText('healthy');
  await expect(dashboard.lane('STS event (CloudTrail)').getByRole('alert')).toContainText(/key|credentials/i);
});

test('expired read-only credentials are refused before anything runs', async ({ dashboard, page }) => {
  await dashboard.useSandbox('healthy');
  const field = page.getByLabel('Read-only credentials (for CloudTrail)');
  await field.fill(
    'AWS_ACCESS_KEY_ID=ASIAEXPIREDKEY000001\nAWS_SECRET_ACCESS_KEY=secretsecretsecretsecretsecretsecret1234\nAWS_SESSION_TOKEN=token\nAWS_CREDENTIAL_EXPIRATION=2020-01-01T00:00:00Z',
  );
  await expect(page.getByRole('list', { name: 'Before running' })).toContainText('expired');
  await expect(page.getByRole('button', { name: 'Run the chain' })).toBeDisabled();
  await expect(field).toHaveValue(/ASIAEXPIREDKEY000001/);
});

test('an endpoint that does not answer ends in a network message, not a blank screen', async ({ dashboard, page }) => {
  await dashboard.useSandbox('healthy');
  await dashboard.editConnection();
  await page.getByLabel('GraphQL endpoint').fill('http://127.0.0.1:9/graphql');
  // Not the sandbox, not AWS: it is listed with what it would receive, and needs a yes.
  await page.getByRole('checkbox', { name: /I trust these hosts/ }).check();
  await dashboard.run();
  await expect(dashboard.verdict()).toContainText('The chain stopped at the AppSync request');
  await expect(dashboard.verdict()).toContainText('did not answer');
});

test('a malformed app config gets a clear message and changes nothing', async ({ dashboard, page }) => {
  await dashboard.useSandbox('healthy');
  await dashboard.editConnection();
  await page.getByLabel(/App config/).fill('{ "auth": { "user_pool_id": ');
  await page.getByRole('button', { name: 'Read config' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'could not be read' })).toBeVisible();
  await expect(page.getByLabel('User pool id')).toHaveValue('us-east-1_aT7rAcE01');
});

test('a config pointing at hosts that are not AWS is confirmed before anything is sent there', async ({
  dashboard,
  page,
}) => {
  const elsewhere = SANDBOX_URL.replace('127.0.0.1', 'localhost');
  const sent: string[] = [];
  page.on('request', (request) => {
    if (request.url().startsWith(elsewhere)) sent.push(request.url());
  });
  await dashboard.useSandbox('healthy');
  await dashboard.editConnection();
  const config = (await (await page.request.get(`${SANDBOX_URL}/__sandbox/config`)).json()) as Record<string, unknown>;
  const endpoints = Object.fromEntries(
    ['cognitoIdp', 'cognitoIdentity', 'cloudtrail', 'logs', 'iam'].map((key) => [key, elsewhere]),
  );
  await page.getByLabel(/App config/).fill(JSON.stringify({ ...config, endpoints }));
  await page.getByRole('button', { name: 'Read config' }).click();

  const review = page.getByTestId('endpoint-review');
  await expect(review).toContainText(elsewhere);
  await expect(review).toContainText('the test user’s password');
  await expect(review).toContainText('Your read-only credentials go only to AWS');
  await expect(page.getByRole('list', { name: 'Before running' })).toContainText('Confirm the hosts that are not AWS');
  await expect(page.getByRole('button', { name: 'Run the chain' })).toBeDisabled();
  expect(sent).toEqual([]);

  await review.getByRole('checkbox', { name: /I trust these hosts/ }).check();
  await expect(page.getByRole('button', { name: 'Run the chain' })).toBeEnabled();
});
