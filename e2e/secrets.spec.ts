import { readFile } from 'node:fs/promises';
import { listScenarios } from '../sandbox/scenarios/registry.ts';
import { allowOn, makeDeniedCase } from '../src/chain/fixtures/cases';
import { decodeShareLink } from '../src/chain/share/share-decode';
import { parseShareHash } from '../src/chain/share/share-hash';
import { SANDBOX_URL } from './sandbox';
import { expect, test } from './fixtures';

/** The third part of a JWT: with it a token can be replayed. */
const signatureOf = (jwt: unknown) => (typeof jwt === 'string' ? jwt.split('.')[2] : undefined);

/**
 * For every scenario, run the chain end to end, then look for every secret of the run (the read-only secret key,
 * the test user's password, the issued secret key and session token, the tokens' signatures and the refresh token)
 * in everything that can leave the browser session: the share link, both exports, storage, the URL and the console.
 */
type Dashboard = Parameters<Parameters<typeof test>[2]>[0]['dashboard'];
type Page = Parameters<Parameters<typeof test>[2]>[0]['page'];

async function switchTo(id: string, overrides: Record<string, unknown> = {}) {
  return (await (
    await fetch(`${SANDBOX_URL}/__sandbox/scenario`, { method: 'POST', body: JSON.stringify({ id, ...overrides }) })
  ).json()) as {
    readOnlyCredentials: { secretAccessKey: string };
    testUser: { password: string };
  };
}

for (const scenario of listScenarios()) {
  test(`${scenario.id}: no secret leaves the browser session`, async ({ dashboard, page }) => {
    await runAndScan(dashboard, page, scenario.id, scenario.expected);
  });
}

/**
 * AWS echoes secrets in two of its texts: a signature mismatch repeats the canonical request with
 * `x-amz-security-token` (awslabs/aws-mobile-appsync-sdk-js #561), here provoked by a custom domain forwarding another
 * Host (aws-amplify/amplify-js #8058); a user pool JWT sent to an IAM-only API is echoed whole (the
 * auth-mode-mismatch scenario above, aws-amplify/amplify-js #2035, #7906). Neither echo may leave the browser.
 */
test('a signature mismatch echoing the session token: no secret leaves the browser session', async ({
  dashboard,
  page,
}) => {
  await runAndScan(dashboard, page, 'healthy', undefined, {
    appsyncForwardedHost: 'x7k2mq4n5p6r7s8t9u0v1w2y3z.appsync-api.us-east-1.amazonaws.com',
  });
});

async function runAndScan(
  dashboard: Dashboard,
  page: Page,
  scenarioId: string,
  expected: string | undefined,
  overrides?: Record<string, unknown>,
) {
  {
    const config = await switchTo(scenarioId);
    const echoes: string[] = [];
    const secrets = new Set<string>([config.readOnlyCredentials.secretAccessKey, config.testUser.password]);
    page.on('response', async (response) => {
      const target = response.request().headers()['x-amz-target'] ?? '';
      if (!/InitiateAuth|RespondToAuthChallenge|GetCredentialsForIdentity|GetTokensFromRefreshToken/.test(target))
        return;
      const body = (await response.json().catch(() => ({}))) as {
        AuthenticationResult?: Record<string, unknown>;
        Credentials?: { SecretKey?: string; SessionToken?: string };
      };
      const auth = body.AuthenticationResult ?? {};
      for (const value of [
        signatureOf(auth.IdToken),
        signatureOf(auth.AccessToken),
        auth.RefreshToken,
        body.Credentials?.SecretKey,
        body.Credentials?.SessionToken,
      ]) {
        if (typeof value === 'string' && value.length > 8) secrets.add(value);
      }
    });
    const consoleLines: string[] = [];
    page.on('console', (message) => consoleLines.push(message.text()));

    page.on('response', async (response) => {
      if (!response.url().endsWith('/graphql') || response.status() < 400) return;
      echoes.push(await response.text().catch(() => ''));
    });
    await dashboard.useSandbox(scenarioId);
    // The picker switches the scenario again: the run's own settings go on top of it.
    if (overrides) await switchTo(scenarioId, overrides);
    await dashboard.run();
    if (expected) await expect(dashboard.verdict().getByTestId('verdict-cause')).toHaveText(expected);
    else await expect(dashboard.verdict().getByTestId('verdict-cause')).toBeVisible();
    // The echo really happened: AWS's text holds the session token this run was issued.
    if (overrides) expect(echoes.join('\n')).toMatch(/x-amz-security-token:/);
    const share = page.getByRole('region', { name: 'Share with the customer' });
    const link = await share.getByRole('textbox', { name: 'Share link', exact: true }).inputValue();
    const exports: string[] = [];
    for (const name of ['Download Markdown', 'Download JSON']) {
      const [file] = await Promise.all([page.waitForEvent('download'), share.getByRole('button', { name }).click()]);
      exports.push(await readFile(await file.path(), 'utf8'));
    }
    const storage = await page.evaluate(() =>
      JSON.stringify({ local: { ...localStorage }, session: { ...sessionStorage } }),
    );

    // The scan is only as good as its list: every scenario signs in, so both token signatures and the refresh token
    // must have been captured besides the read-only key and the password.
    expect(secrets.size).toBeGreaterThanOrEqual(5);
    // The link's payload is compressed, so a secret in it would not show as text: scan what it decodes to as well.
    const decoded = decodeShareLink(parseShareHash(link.slice(link.indexOf('#/share/'))).payload);
    expect(decoded.ok).toBe(true);
    const places = {
      link,
      linkEvidence: decoded.ok ? JSON.stringify(decoded.case) : '',
      markdown: exports[0] ?? '',
      json: exports[1] ?? '',
      storage,
      url: page.url(),
      console: consoleLines.join('\n'),
    };
    for (const [place, text] of Object.entries(places)) {
      for (const secret of secrets)
        expect(text.includes(secret), `${place} holds a secret (${secret.slice(0, 6)}…)`).toBe(false);
    }
  }
}

/**
 * The done-when of "hostile evidence": a case whose texts carry an echoed session token (a signature mismatch's
 * canonical request, awslabs/aws-mobile-appsync-sdk-js #561), a log line with the request's headers, a 40-character
 * secret key and a Cognito refresh token (a five-part JWE), opened from a file as the engineer would: the share link,
 * both exports, the dashboard, and the customer view the link opens hold none of them (`npm run check -- --case` on
 * the same case: scripts/check-run.test.ts).
 */
test('a saved case carrying an echoed session token, a secret key and a refresh token: none reaches a link, an export or the customer view', async ({
  dashboard,
  page,
}) => {
  const sessionToken = `IQoJb3JpZ2luX2VjEJr${'A'.repeat(300)}`;
  const secretKey = 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY';
  const refreshToken = `eyJjdHkiOiJKV1QiLCJlbmMiOiJBMjU2R0NNIiwiYWxnIjoiUlNBLU9BRVAifQ.${'b'.repeat(342)}.${'c'.repeat(22)}.${'d'.repeat(400)}.${'e'.repeat(22)}`;
  const leaky = makeDeniedCase([
    { name: 'inline', kind: 'inline', document: allowOn('arn:aws:appsync:us-east-1:444455556666:apis/x/*') },
  ]);
  const graphql = leaky.steps[2];
  if (graphql?.kind !== 'graphql') throw new Error('fixture changed');
  graphql.errors = [
    {
      errorType: 'UnauthorizedException',
      message: `Permission denied. The Canonical String for this request should have been 'POST\n/graphql\n\nhost:example.appsync-api.us-east-1.amazonaws.com\nx-amz-security-token:${sessionToken}\n\nhost;x-amz-security-token'`,
    },
  ];
  graphql.error = { name: 'UnauthorizedException', message: `secret ${secretKey} and ${refreshToken}` };
  leaky.logs = [
    {
      timestamp: Date.parse(leaky.createdAt) + 2000,
      message: `req-1 Request Headers: {x-amz-security-token=[${sessionToken}], authorization=[AWS4-HMAC-SHA256 …]}`,
    },
    { timestamp: Date.parse(leaky.createdAt) + 2001, message: `secretAccessKey=${secretKey} refresh ${refreshToken}` },
  ];
  const consoleLines: string[] = [];
  page.on('console', (message) => consoleLines.push(message.text()));

  await page
    .getByLabel('Open a saved case (JSON)')
    .setInputFiles({ name: 'leaky.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(leaky)) });
  await expect(dashboard.verdict().getByTestId('verdict-cause')).toHaveText('role-policy-resource-mismatch');
  const share = page.getByRole('region', { name: 'Share with the customer' });
  const link = await share.getByRole('textbox', { name: 'Share link', exact: true }).inputValue();
  const exports: string[] = [];
  for (const name of ['Download Markdown', 'Download JSON']) {
    const [file] = await Promise.all([page.waitForEvent('download'), share.getByRole('button', { name }).click()]);
    exports.push(await readFile(await file.path(), 'utf8'));
  }
  const dashboardText = await page.evaluate(() => document.body.innerText);
  const decoded = decodeShareLink(parseShareHash(link.slice(link.indexOf('#/share/'))).payload);
  expect(decoded.ok).toBe(true);

  await page.goto(link);
  const customer = page.getByRole('region', { name: 'Check your policy here' });
  await expect(customer).toBeVisible();
  // Everything the customer page can show, folded evidence opened too.
  for (const summary of await page.locator('summary').all()) await summary.click();
  const customerText = await page.evaluate(() => document.body.innerText);
  const customerHtml = await page.content();

  const places = {
    link,
    linkEvidence: decoded.ok ? JSON.stringify(decoded.case) : '',
    markdown: exports[0] ?? '',
    json: exports[1] ?? '',
    dashboard: dashboardText,
    customer: customerText,
    customerHtml,
    console: consoleLines.join('\n'),
  };
  // Each secret whole, and the first 40 characters of the token (a cut-off echo is a secret too).
  for (const [place, text] of Object.entries(places))
    for (const secret of [sessionToken, sessionToken.slice(0, 40), secretKey, refreshToken])
      expect(text.includes(secret), `${place} holds a secret (${secret.slice(0, 6)}…)`).toBe(false);
});
