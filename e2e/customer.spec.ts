import { readFile } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { allowOn, makeDeniedCase } from '../src/chain/fixtures/cases';
import { encodePayload } from '../src/chain/share/share-link';
import { expect, test } from './fixtures';

// The seed's failure, with the role's policy visible: a proven cause, a statement to add, ARNs to wrap.
const seedCase = () =>
  makeDeniedCase([
    {
      name: 'AppSyncAccess',
      kind: 'inline',
      document: allowOn('arn:aws:appsync:us-east-1:444455556666:apis/b3c4d5e6f7g8h9i0j1k2l3m4n5/*'),
    },
  ]);
const BUDGET_GZIP_BYTES = 120 * 1024;

/** Every script the page downloads, by path (the built files are in dist/). */
function scriptsOf(page: Page): string[] {
  const files: string[] = [];
  page.on('request', (request) => {
    const path = new URL(request.url()).pathname;
    if (path.endsWith('.js')) files.push(path.slice(1));
  });
  return files;
}

async function gzipBytes(files: string[]): Promise<number> {
  let bytes = 0;
  for (const file of new Set(files)) bytes += gzipSync(await readFile(`dist/${file}`)).length;
  return bytes;
}

async function seriousViolations(page: Page) {
  const { violations } = await new AxeBuilder({ page }).analyze();
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

test.describe('the customer page', () => {
  test('a Japanese link on a 390 px phone: Japanese words, keigo, Japan time, no slug, no horizontal scroll', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    const scripts = scriptsOf(page);
    await page.goto(`/#/share/${await encodePayload(seedCase())}?lang=ja`);
    const title = page.getByRole('heading', { level: 1 });
    await expect(title).toHaveText('ロールのポリシーが別の API・アカウント・リージョンを指定しています');
    await expect(page.locator('html')).toHaveAttribute('lang', 'ja');
    const first = page.getByRole('region', { name: 'まず変更していただきたいこと' });
    await expect(first.getByRole('listitem').first()).toContainText('authtrace-demo-authenticated');
    await expect(first).toContainText('apis/x7k2mq4n5p6r7s8t9u0v1w2y3z');
    await expect(page.getByRole('region', { name: '原因' })).toContainText('していただけますでしょうか');
    await expect(page.getByText(/日本標準時/).first()).toBeVisible();
    const body = (await page.locator('body').innerText()).toLowerCase();
    for (const slug of ['role-policy-resource-mismatch', 'broken link', 'message for the customer', 'not readable'])
      expect(body).not.toContain(slug);
    // The evidence is folded; opened, it wraps too.
    await page.getByText(/確認した内容/).click();
    await expect(page.getByRole('heading', { name: '根拠となる値' })).toBeVisible();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    expect(body).not.toMatch(/\b1[6-9]\d{8}\b/); // no raw epoch seconds
    expect(scripts.some((file) => /\/ja-[\w-]+\.js$/.test(file))).toBe(true);
  });

  test('an English viewer never downloads the Japanese catalog; the view stays within 120 KB gzip', async ({
    page,
  }) => {
    const scripts = scriptsOf(page);
    await page.goto(`/#/share/${await encodePayload(seedCase())}`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      'The role’s policy names another API, account or region',
    );
    expect(scripts.filter((file) => /\/ja-[\w-]+\.js$/.test(file))).toEqual([]);
    const english = await gzipBytes(scripts);
    test.info().annotations.push({ type: 'customer view, English (gzip bytes)', description: String(english) });
    expect(english).toBeLessThanOrEqual(BUDGET_GZIP_BYTES);

    // Switching to Japanese loads it then, keeps the choice in the address, and still fits the budget.
    await page.getByRole('group', { name: 'Language' }).getByRole('button', { name: '日本語' }).click();
    await expect(page.getByRole('button', { name: '日本語' })).toHaveAttribute('aria-pressed', 'true');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      'ロールのポリシーが別の API・アカウント・リージョンを指定しています',
    );
    expect(page.url()).toMatch(/\?lang=ja$/);
    const japanese = await gzipBytes(scripts);
    test.info().annotations.push({ type: 'customer view, with Japanese (gzip bytes)', description: String(japanese) });
    expect(japanese).toBeLessThanOrEqual(BUDGET_GZIP_BYTES);
  });

  test('a link made before the language option opens, and a pasted policy is checked', async ({ page }) => {
    await page.goto(`/#/share/${await encodePayload(seedCase())}`);
    const check = page.getByRole('region', { name: 'Check your policy here' });
    await expect(check.getByRole('table')).toContainText('not allowed by any statement');
    const fixed = allowOn('arn:aws:appsync:us-east-1:111122223333:apis/x7k2mq4n5p6r7s8t9u0v1w2y3z/*');
    await check.getByLabel("Paste the role's permission policy (JSON)").fill('{ "Statement": ');
    await check.getByRole('button', { name: 'Check the pasted policy' }).click();
    await expect(check).toContainText('This is not valid JSON');
    await check.getByLabel("Paste the role's permission policy (JSON)").fill(JSON.stringify(fixed));
    await check.getByRole('button', { name: 'Check the pasted policy' }).click();
    await expect(check.getByRole('table')).toContainText('allowed');
  });

  test('a policy pasted 20,000 levels deep is refused with a message; the page and the paste stay', async ({
    page,
  }) => {
    await page.goto(`/#/share/${await encodePayload(seedCase())}`);
    const check = page.getByRole('region', { name: 'Check your policy here' });
    const deep = `{"Statement":${'['.repeat(20_000)}${']'.repeat(20_000)}}`;
    const field = check.getByLabel("Paste the role's permission policy (JSON)");
    await field.fill(deep);
    await check.getByRole('button', { name: 'Check the pasted policy' }).click();
    await expect(check).toContainText('nested more than 64 levels deep');
    await expect(field).toHaveValue(deep);
    await expect(check.getByRole('table')).toContainText('not allowed by any statement');
  });

  test('the engineer shares in Japanese: the link carries it, the message is keigo with optional greetings, and the phone view wraps', async ({
    dashboard,
    page,
    context,
  }) => {
    await dashboard.useSandbox('role-policy-resource-mismatch');
    await dashboard.run();
    await expect(page.getByRole('group', { name: 'STS event (CloudTrail)' })).toContainText('issued these credentials');
    const share = page.getByRole('region', { name: 'Share with the customer' });
    await share.getByRole('group', { name: "The customer's language" }).getByRole('button', { name: '日本語' }).click();
    const link = page.getByRole('textbox', { name: 'Share link', exact: true });
    await expect(link).toHaveValue(/\?lang=ja$/);
    expect((await link.inputValue()).length).toBeLessThanOrEqual(2000);
    const letter = share.locator('p[lang="ja"]');
    await expect(letter).toContainText('いただけますでしょうか');
    await expect(letter).toContainText('拒否しております');
    await expect(letter).not.toContainText('いつもお世話になっております。');
    await share.getByLabel('Opening and closing lines').check();
    await expect(letter).toContainText(/^いつもお世話になっております。/);
    await expect(letter).toContainText(/ご不明な点がございましたら、お気軽にお知らせください。$/);

    const phone = await context.newPage();
    await phone.setViewportSize({ width: 390, height: 844 });
    await phone.goto(await link.inputValue());
    await expect(phone.getByRole('heading', { level: 1 })).toHaveText(
      'ロールのポリシーが別の API・アカウント・リージョンを指定しています',
    );
    await phone.getByText(/確認した内容/).click();
    expect(await phone.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  });

  for (const colorScheme of ['light', 'dark'] as const)
    for (const lang of ['en', 'ja'] as const)
      test(`axe finds no serious violation: ${colorScheme}, ${lang}`, async ({ page }) => {
        await page.emulateMedia({ colorScheme });
        await page.goto(`/#/share/${await encodePayload(seedCase())}?lang=${lang}`);
        await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
        await expect(page.locator('html')).toHaveClass(colorScheme === 'dark' ? /dark/ : /^(?!.*dark)/);
        await page.locator('details').evaluateAll((all) => all.forEach((d) => ((d as HTMLDetailsElement).open = true)));
        expect(await seriousViolations(page)).toEqual([]);
      });
});
