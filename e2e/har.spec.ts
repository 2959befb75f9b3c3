import { execFile } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import { promisify } from 'node:util';
import { DashboardPage, expect, test } from './fixtures';
import { SANDBOX_URL } from './sandbox';
import seedOutputs from '../src/chain/fixtures/app-config/seed-amplify-outputs.json' with { type: 'json' };
import { makeHar, noise, seedCalls } from '../src/chain/fixtures/har';

const exec = promisify(execFile);

interface HarHeader {
  name: string;
  value: string;
}
interface Har {
  log: {
    entries: {
      request: { headers: HarHeader[]; cookies?: unknown[] };
      response: { headers: HarHeader[]; cookies?: unknown[]; content: { text?: string; encoding?: string } };
    }[];
  };
}

/** The third part of a JWT: with it a token can be replayed. */
const signatureOf = (jwt: unknown) => (typeof jwt === 'string' ? jwt.split('.')[2] : undefined);

function bodyOf(content: { text?: string; encoding?: string }): string {
  if (!content.text) return '';
  return content.encoding === 'base64' ? Buffer.from(content.text, 'base64').toString('utf8') : content.text;
}

/** Every secret the recorded run moved over the wire, as the HAR holds it. */
function secretsIn(har: Har): Set<string> {
  const secrets = new Set<string>();
  const add = (value: unknown) => {
    if (typeof value === 'string' && value.length > 8) secrets.add(value);
  };
  for (const { request, response } of har.log.entries) {
    for (const h of request.headers) {
      if (/^x-amz-security-token$/i.test(h.name)) add(h.value);
      if (/^authorization$/i.test(h.name)) add(/Signature=([0-9a-f]+)/.exec(h.value)?.[1]);
    }
    let body: { AuthenticationResult?: Record<string, unknown>; Credentials?: Record<string, unknown> } = {};
    try {
      body = JSON.parse(bodyOf(response.content)) as typeof body;
    } catch {
      continue;
    }
    const auth = body.AuthenticationResult ?? {};
    for (const value of [signatureOf(auth.IdToken), signatureOf(auth.AccessToken), auth.IdToken, auth.AccessToken])
      add(value);
    add(auth.RefreshToken);
    add(body.Credentials?.SecretKey);
    add(body.Credentials?.SessionToken);
  }
  return secrets;
}

/** What Chrome ≥ 130's default ("sanitized") export leaves out: `Authorization`, cookies. */
function sanitized(har: Har): Har {
  const drop = (headers: HarHeader[]) => headers.filter((h) => !/^(authorization|cookie|set-cookie)$/i.test(h.name));
  return {
    log: {
      ...har.log,
      entries: har.log.entries.map((entry) => ({
        ...entry,
        request: { ...entry.request, headers: drop(entry.request.headers), cookies: [] },
        response: { ...entry.response, headers: drop(entry.response.headers), cookies: [] },
      })),
    },
  };
}

async function checkHar(harPath: string, configPath: string) {
  const args = ['--tsconfig', 'tsconfig.node.json', 'scripts/check.ts', '--har', harPath, '--config', configPath];
  try {
    const { stdout, stderr } = await exec('node_modules/.bin/tsx', [...args, '--json'], { maxBuffer: 64 << 20 });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

test('a HAR of the seed run, full and sanitized, gives the live verdict through check --har, with no secret', async ({
  browser,
}, testInfo) => {
  test.setTimeout(180_000);
  const harPath = testInfo.outputPath('seed.har');
  const context = await browser.newContext({ recordHar: { path: harPath, content: 'embed' } });
  const dashboard = new DashboardPage(await context.newPage());
  await dashboard.open();
  await dashboard.useSandbox('role-policy-resource-mismatch');
  await dashboard.run();
  const verdict = dashboard.verdict();
  await expect(verdict.getByTestId('verdict-cause')).toHaveText('role-policy-resource-mismatch');
  const liveCause = await verdict.getByTestId('verdict-cause').innerText();
  const liveLikely = (await verdict.innerText()).includes('likely: not proven yet');
  await context.close(); // writes the HAR

  const config = (await (await fetch(`${SANDBOX_URL}/__sandbox/config`)).json()) as {
    readOnlyCredentials: { secretAccessKey: string };
    testUser: { password: string };
  };
  const configPath = testInfo.outputPath('config.json');
  await writeFile(configPath, JSON.stringify(config));
  const har = JSON.parse(await readFile(harPath, 'utf8')) as Har;
  const secrets = secretsIn(har);
  secrets.add(config.readOnlyCredentials.secretAccessKey);
  secrets.add(config.testUser.password);
  // The scan is only as good as its list: the run signed in, got credentials and signed requests.
  expect(secrets.size).toBeGreaterThanOrEqual(8);

  const strippedPath = testInfo.outputPath('seed.sanitized.har');
  await writeFile(strippedPath, JSON.stringify(sanitized(har)));
  for (const path of [harPath, strippedPath]) {
    const run = await checkHar(path, configPath);
    expect(run.code, run.stderr).toBe(1);
    const { verdict: cli, case: evidence } = JSON.parse(run.stdout) as {
      verdict: { cause: string; confidence: string };
      case: { steps: { kind: string; outcome: string }[] };
    };
    expect(cli.cause).toBe(liveCause);
    expect(cli.confidence).toBe(liveLikely ? 'likely' : 'proven');
    expect(evidence.steps.map((s) => `${s.kind}:${s.outcome}`)).toEqual([
      'sign-in:ok',
      'credentials:ok',
      'graphql:error',
    ]);
    const leaked = [...secrets].filter((secret) => run.stdout.includes(secret) || run.stderr.includes(secret));
    expect(leaked.map((s) => `${s.slice(0, 6)}…`)).toEqual([]);
  }
});

test('offline page: a dropped HAR (sanitized Chrome export) gives the timeline and verdict; a bad one its message', async ({
  dashboard,
  page,
}) => {
  await page.getByRole('link', { name: 'Offline evidence' }).click();
  const input = page.getByLabel('HAR file (optional)');
  await input.setInputFiles({
    name: 'broken.har',
    mimeType: 'application/json',
    buffer: Buffer.from('{"log": {"entries": ['),
  });
  await page.getByRole('button', { name: 'Build the timeline' }).click();
  await expect(page.getByText('The HAR file ends too early (truncated JSON)')).toBeVisible();

  const har = makeHar('chrome', [...noise(50, 0), ...seedCalls()], { sanitized: true });
  await input.setInputFiles({ name: 'customer.har', mimeType: 'application/json', buffer: Buffer.from(har) });
  await expect(page.getByText('customer.har (')).toBeVisible();
  await page.getByLabel("The app's config (required)").fill(JSON.stringify(seedOutputs));
  await page.getByRole('button', { name: 'Build the timeline' }).click();
  await expect(dashboard.verdict().getByTestId('verdict-cause')).toHaveText('role-policy-resource-mismatch');
  const notes = page.getByRole('list', { name: 'Notes on the evidence' });
  await expect(notes).toContainText('Read from a WebInspector HAR: 5 Cognito and AppSync calls among 55 requests.');
  await expect(notes).toContainText('no Authorization header');
  await expect(dashboard.lane('AppSync request')).toBeVisible();
});

test('a HAR dropped anywhere on the live page opens on the offline page instead of replacing the app', async ({
  dashboard,
  page,
}) => {
  // Something typed on the offline page first: a drop must not lose it (the browser would open the file in place).
  await page.getByRole('link', { name: 'Offline evidence' }).click();
  await page.getByLabel("The app's config (required)").fill(JSON.stringify(seedOutputs));
  await page.getByRole('link', { name: 'Live run' }).click();
  const har = makeHar('chrome', [...noise(20, 0), ...seedCalls()], { sanitized: true });
  const dataTransfer = await page.evaluateHandle((text) => {
    const transfer = new DataTransfer();
    transfer.items.add(new File([text], 'dropped.har', { type: 'application/json' }));
    return transfer;
  }, har);
  await page.locator('main').dispatchEvent('dragover', { dataTransfer });
  await page.locator('main').dispatchEvent('drop', { dataTransfer });
  await expect(page).toHaveURL(/#\/offline$/);
  await expect(page.getByText('dropped.har (')).toBeVisible();
  await expect(page.getByLabel("The app's config (required)")).toHaveValue(JSON.stringify(seedOutputs));
  await page.getByRole('button', { name: 'Build the timeline' }).click();
  await expect(dashboard.verdict().getByTestId('verdict-cause')).toHaveText('role-policy-resource-mismatch');
});
