import AxeBuilder from '@axe-core/playwright';
import { listScenarios } from '../sandbox/scenarios/registry.ts';
import { expect, test } from './fixtures';

const LANES = ['User pool token', 'Identity pool credentials', 'STS event (CloudTrail)', 'AppSync request'];

// Every scenario the sandbox has, each naming the failure mode a correct diagnosis must find.
for (const scenario of listScenarios()) {
  test(`${scenario.id}: the verdict and the four lanes`, async ({ dashboard, page }, testInfo) => {
    await dashboard.useSandbox(scenario.id);
    await dashboard.run();
    await expect(dashboard.verdict().getByTestId('verdict-cause')).toHaveText(scenario.expected);
    await expect(dashboard.verdict().getByRole('heading', { level: 2 })).not.toBeEmpty();
    for (const lane of LANES) await expect(dashboard.lane(lane)).toBeVisible();
    if (scenario.expected === 'healthy' || scenario.expected === 'role-policy-resource-mismatch') {
      await expect(dashboard.lane('STS event (CloudTrail)')).toContainText('issued these credentials');
    }
    // Signed as a function's role: the STS lane shows who was assumed (AssumeRole), and the proof stands.
    if (scenario.expected === 'caller-role-not-admin') {
      await expect(dashboard.lane('STS event (CloudTrail)')).toContainText(/AssumeRole(?!WithWebIdentity)/);
      await expect(dashboard.verdict()).toContainText('proven by the evidence');
    }
    await testInfo.attach(`${scenario.id}.png`, {
      body: await page.screenshot({ fullPage: true }),
      contentType: 'image/png',
    });
  });
}

test('the seed case does not offer Amplify’s authMode suggestion as the fix', async ({ dashboard }) => {
  await dashboard.useSandbox('role-policy-resource-mismatch');
  await dashboard.run();
  const verdict = dashboard.verdict();
  await expect(verdict.getByTestId('verdict-cause')).toHaveText('role-policy-resource-mismatch');
  await expect(verdict).toContainText('Not the cause');
  await expect(verdict).toContainText('"appsync:GraphQL"');
});

test('the main page has no serious accessibility violations', async ({ dashboard, page }) => {
  await dashboard.useSandbox('role-policy-resource-mismatch');
  await dashboard.run();
  await expect(dashboard.verdict().getByTestId('verdict-cause')).toBeVisible();
  const results = await new AxeBuilder({ page }).analyze();
  const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(serious.map((v) => `${v.id}: ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`)).toEqual([]);
});

test('a pasted role policy turns the seed verdict from likely into proven, part by part', async ({
  dashboard,
  page,
}) => {
  await dashboard.useSandbox('role-policy-resource-mismatch');
  await dashboard.run();
  const verdict = dashboard.verdict();
  await expect(verdict).toContainText('likely: not proven yet');
  const panel = page.getByRole('region', { name: 'Role and policies' });
  await expect(panel).toContainText('Not readable with these credentials');
  await panel.getByLabel(/Paste the role's permission policy/).fill('{ "Statement": [ ');
  await panel.getByRole('button', { name: 'Evaluate pasted policy' }).click();
  await expect(panel).toContainText('not valid JSON');
  const old = {
    Version: '2012-10-17',
    Statement: [
      {
        Effect: 'Allow',
        Action: 'appsync:GraphQL',
        Resource: 'arn:aws:appsync:us-east-1:444455556666:apis/b3c4d5e6f7g8h9i0j1k2l3m4n5/*',
      },
    ],
  };
  await panel.getByLabel(/Paste the role's permission policy/).fill(JSON.stringify(old));
  await panel.getByRole('button', { name: 'Evaluate pasted policy' }).click();
  await expect(verdict).toContainText('proven by the evidence');
  await expect(verdict).toContainText('account: the policy names 444455556666, the API needs 111122223333');
  await expect(panel).toContainText('not allowed by any statement');
});
