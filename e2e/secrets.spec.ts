import { readFile } from 'node:fs/promises';
import { listScenarios } from '../sandbox/scenarios/registry.ts';
import { decodeShareLink } from '../src/chain/share/share-decode';
import { SANDBOX_URL } from './sandbox';
import { expect, test } from './fixtures';

/** The third part of a JWT: with it a token can be replayed. */
const signatureOf = (jwt: unknown) => (typeof jwt === 'string' ? jwt.split('.')[2] : undefined);

/**
 * For every scenario, run the chain end to end, then look for every secret of the run (the read-only secret key,
 * the test user's password, the issued secret key and session token, the tokens' signatures and the refresh token)
 * in everything that can leave the browser session: the share link, both exports, storage, the URL and the console.
 */
for (const scenario of listScenarios()) {
  test(`${scenario.id}: no secret leaves the browser session`, async ({ dashboard, page }) => {
    const config = (await (
      await fetch(`${SANDBOX_URL}/__sandbox/scenario`, { method: 'POST', body: JSON.stringify({ id: scenario.id }) })
    ).json()) as {
      readOnlyCredentials: { secretAccessKey: string };
      testUser: { password: string };
    };
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

    await dashboard.useSandbox(scenario.id);
    await dashboard.run();
    await expect(dashboard.verdict().getByTestId('verdict-cause')).toHaveText(scenario.expected);
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
    const decoded = decodeShareLink(link.slice(link.indexOf('#/share/') + '#/share/'.length));
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
  });
}
