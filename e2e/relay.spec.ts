import { SANDBOX_URL } from './sandbox';
import { expect, test } from './fixtures';

// The seed case with IAM readable: the read-only principal may read the role's policies.
const IAM_READS = [
  'iam:GetRole',
  'iam:ListRolePolicies',
  'iam:GetRolePolicy',
  'iam:ListAttachedRolePolicies',
  'iam:GetPolicy',
  'iam:GetPolicyVersion',
  'iam:SimulatePrincipalPolicy',
];
const SEED = 'role-policy-resource-mismatch';

test.beforeEach(async ({ dashboard, page }) => {
  await dashboard.useSandbox(SEED);
  const switched = await page.request.post(`${SANDBOX_URL}/__sandbox/scenario`, {
    data: { id: SEED, readOnlyAllow: IAM_READS },
  });
  expect(switched.ok()).toBe(true);
});

test('npm run serve sends the security headers', async ({ page }) => {
  const response = await page.request.get('/');
  const headers = response.headers();
  expect(headers['content-security-policy']).toContain("frame-ancestors 'none'");
  expect(headers['x-content-type-options']).toBe('nosniff');
  expect(headers['referrer-policy']).toBe('no-referrer');
});

test('the seed case with IAM readable gets its policy through the relay, and is proven', async ({
  dashboard,
  page,
}) => {
  const relayed: string[] = [];
  page.on('request', (request) => {
    if (new URL(request.url()).pathname.startsWith('/aws-relay/')) relayed.push(request.url());
  });
  await dashboard.run();
  const verdict = dashboard.verdict();
  await expect(verdict.getByTestId('verdict-cause')).toHaveText(SEED);
  await expect(verdict).toContainText('proven by the evidence');
  const panel = page.getByRole('region', { name: 'Role and policies' });
  await expect(panel).toContainText('(from IAM)');
  await expect(panel).not.toContainText('IAM cannot be read from a browser');
  // Signed for the sandbox's host, sent to this page's own origin.
  expect(relayed.some((url) => url.includes(`/aws-relay/${new URL(SANDBOX_URL).host}/`))).toBe(true);
});

test('without the relay, IAM cannot be read from the browser: the product says so and offers the CLI path', async ({
  dashboard,
  page,
}) => {
  // A plain static host: no relay behind /aws-relay/.
  await page.route('**/aws-relay/**', (route) => route.fulfill({ status: 404, body: 'Not found' }));
  // As on AWS: IAM answers no CORS, so the browser cannot read it; STS, on the same origin, answers CORS.
  const direct = await page.evaluate(async (sandbox) => {
    const call = (body: string) =>
      fetch(sandbox, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded; charset=utf-8' },
        body,
      }).then(
        (response) => `answered ${response.status}`,
        (error: unknown) => `failed: ${String(error)}`,
      );
    return {
      iam: await call('Action=GetRole&RoleName=authtrace-demo-authenticated&Version=2010-05-08'),
      sts: await call('Action=AssumeRoleWithWebIdentity&Version=2011-06-15'),
    };
  }, SANDBOX_URL);
  expect(direct.iam).toMatch(/^failed: TypeError/);
  expect(direct.sts).toMatch(/^answered/);

  await dashboard.run();
  await expect(dashboard.verdict().getByTestId('verdict-cause')).toHaveText(SEED);
  const panel = page.getByRole('region', { name: 'Role and policies' });
  const note = panel.getByRole('note');
  await expect(note).toContainText('IAM cannot be read from a browser');
  await expect(note).toContainText('npm run serve');
  await expect(note).toContainText('npm run check --');
  await expect(note).toContainText('aws iam get-role --role-name authtrace-demo-authenticated');
  await expect(panel.getByLabel(/Paste the role's permission policy/)).toBeVisible();
});
