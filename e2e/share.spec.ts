import { readFile } from 'node:fs/promises';
import { deflateRawSync } from 'node:zlib';
import { encodePayload } from '../src/chain/share/share-link';
import { makeDeniedCase, makeStsRecord } from '../src/chain/fixtures/cases';
import { SANDBOX_URL } from './sandbox';
import { DashboardPage, expect, test } from './fixtures';

test('the customer opens the share link: same verdict, no AWS call, a pasted policy evaluated in place', async ({
  dashboard,
  page,
  context,
}) => {
  await dashboard.useSandbox('role-policy-resource-mismatch');
  await dashboard.run();
  await expect(dashboard.verdict().getByTestId('verdict-cause')).toHaveText('role-policy-resource-mismatch');
  // The link is made from the evidence so far: take it once the STS record has arrived.
  await expect(page.getByRole('group', { name: 'STS event (CloudTrail)' })).toContainText('issued these credentials');
  const link = await page.getByRole('textbox', { name: 'Share link', exact: true }).inputValue();
  expect(link.length).toBeLessThanOrEqual(2000);
  expect(link).not.toContain('tester@example.com'); // masked by default
  // The exports hold the whole redacted case (a file has no length limit), masks applied everywhere in them.
  const share = page.getByRole('region', { name: 'Share with the customer' });
  const [markdown] = await Promise.all([
    page.waitForEvent('download'),
    share.getByRole('button', { name: 'Download Markdown' }).click(),
  ]);
  const ticket = await readFile(await markdown.path(), 'utf8');
  expect(ticket).toContain('aws cloudtrail lookup-events');
  // Markdown-escaped in the export (evidence never becomes HTML): `\<email-1\>`.
  expect(ticket).toContain('\\<email-1\\>');
  expect(ticket).not.toContain('tester@example.com');

  const customer = await context.newPage();
  const requests: string[] = [];
  customer.on('request', (request) => requests.push(request.url()));
  await customer.goto(link);
  // The customer's page names the cause in words; the id stays out of sight, as data.
  await expect(customer.getByTestId('verdict-cause')).toHaveAttribute('data-cause', 'role-policy-resource-mismatch');
  await expect(customer.getByRole('region', { name: 'Evidence' })).toContainText(
    'AWS STS issued credentials for the role',
  );
  expect(requests.filter((url) => url.startsWith(SANDBOX_URL) || /amazonaws|amplify/i.test(url))).toEqual([]);
  expect(requests.filter((url) => /amplify-chain|cloudtrail|gather/.test(url))).toEqual([]);

  const panel = customer.getByRole('region', { name: 'Check your policy here' });
  const fixed = {
    Version: '2012-10-17',
    Statement: [
      {
        Effect: 'Allow',
        Action: 'appsync:GraphQL',
        Resource: 'arn:aws:appsync:us-east-1:111122223333:apis/x7k2mq4n5p6r7s8t9u0v1w2y3z/*',
      },
    ],
  };
  await panel.getByLabel(/Paste the role's permission policy/).fill(JSON.stringify(fixed));
  await panel.getByRole('button', { name: 'Check the pasted policy' }).click();
  await expect(panel.getByRole('table')).toContainText('allowed');
});

test('a damaged link gets a clear message, not a blank page', async ({ page }) => {
  await page.goto('/#/share/1.eJyLjgUAARUAuQ');
  await expect(page.getByRole('alert')).toContainText('This share link cannot be shown');
  await page.goto('/#/share/hello');
  await expect(page.getByRole('alert')).toContainText('not an Authtrace share link');
});

test('evidence holding HTML and script is shown as text and never runs', async ({ page }) => {
  const payloads = [
    '<img src=x onerror="window.__pwned=1">',
    '<script>window.__pwned=2</script>',
    '"><svg onload=window.__pwned=3>',
  ];
  const evil = makeDeniedCase(undefined, {
    records: [makeStsRecord({ eventID: payloads[0], errorMessage: payloads[1], userAgent: payloads[2] })],
  });
  const graphql = evil.steps[2];
  if (graphql?.kind === 'graphql')
    graphql.errors = [{ errorType: 'UnauthorizedException', message: payloads[1] ?? '' }];
  const payload = await encodePayload(evil);
  let dialogs = 0;
  page.on('dialog', (dialog) => {
    dialogs += 1;
    void dialog.dismiss();
  });
  await page.goto(`/#/share/${payload}`);
  await expect(page.getByTestId('verdict-cause')).toBeVisible();
  await page.getByText(/^What we checked/).click();
  await expect(page.getByText(payloads[1] ?? '').first()).toBeVisible();
  expect(await page.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined();
  expect(dialogs).toBe(0);
});

test('a link nesting deeper than any evidence, or holding an impossible time, gets a message', async ({ page }) => {
  const seed = JSON.stringify(makeDeniedCase(undefined));
  const deep = `${'{"a":'.repeat(20_000)}1${'}'.repeat(20_000)}`;
  for (const [text, message] of [
    [seed.replace('"eventVersion"', `"extra":${deep},"eventVersion"`), 'nested deeper'],
    [seed.replace(/"eventTime":"[^"]+"/, '"eventTime":"soon"'), 'records.0.eventTime'],
  ] as const) {
    await page.goto(`/#/share/1.${deflateRawSync(text).toString('base64url')}`);
    await expect(page.getByRole('alert')).toContainText(message);
  }
});

test('the built app runs under its strict CSP: no violation in a run or the customer view, no inline script', async ({
  page,
}) => {
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as { __csp?: string[] }).__csp = seen;
    document.addEventListener('securitypolicyviolation', (e) => seen.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  const dashboard = new DashboardPage(page);
  await dashboard.open();
  const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  expect(policy).toContain("script-src 'self'");
  // AWS's service hosts one by one (scripts/aws-hosts.ts), never a whole domain others can host under.
  expect(policy).toContain("connect-src 'self' https://sts.amazonaws.com");
  expect(policy).toContain('https://cognito-idp.us-east-1.amazonaws.com');
  expect(policy).toContain(SANDBOX_URL);
  expect(policy).not.toMatch(/https:\/\/\*\.amazonaws\.com(\.cn)?[ ;]/);
  await dashboard.useSandbox('role-policy-resource-mismatch');
  await dashboard.run();
  await expect(dashboard.verdict().getByTestId('verdict-cause')).toHaveText('role-policy-resource-mismatch');
  await expect(page.getByRole('region', { name: 'Share with the customer' })).toBeVisible();
  const link = await page.getByRole('textbox', { name: 'Share link', exact: true }).inputValue();
  await page.goto(link);
  await expect(page.getByTestId('verdict-cause')).toHaveAttribute('data-cause', 'role-policy-resource-mismatch');
  const injected = await page.evaluate(() => {
    const script = document.createElement('script');
    script.textContent = 'window.__inline = 1';
    document.head.append(script);
    return (window as { __inline?: number }).__inline;
  });
  expect(injected).toBeUndefined();
  const violations = await page.evaluate(() => (window as { __csp?: string[] }).__csp ?? []);
  // Only the injected script was refused; `npm run serve` sends the policy as a header besides the meta tag, and each
  // policy reports its own refusal.
  expect(violations.length).toBeGreaterThan(0);
  expect([...new Set(violations)]).toEqual(['script-src-elem inline']);
});
