import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './fixtures';
import { SANDBOX_URL } from './sandbox';

const SEED = 'role-policy-resource-mismatch';

test.use({ viewport: { width: 1280, height: 720 } });

test('the engineer page in Japanese after a seed run: headings, verdict and trace, axe-clean', async ({
  dashboard,
  page,
}) => {
  await dashboard.useSandbox(SEED);
  await dashboard.run();
  await expect(dashboard.verdict().getByTestId('verdict-cause')).toHaveText(SEED);
  await expect(page.getByTestId('trace')).toBeVisible();

  await page.getByRole('group', { name: 'Language', exact: true }).getByRole('button', { name: '日本語' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'ja');
  const switcher = page.getByRole('group', { name: '表示言語', exact: true });
  await expect(switcher.getByRole('button', { name: '日本語' })).toHaveAttribute('aria-pressed', 'true');

  // Headings of the whole page.
  await expect(page.getByRole('heading', { name: '1 · 接続' })).toBeVisible();
  await expect(page.getByRole('heading', { name: '2 · 実行' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'タイムライン' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'お客様と共有' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'チェーンを実行' })).toBeVisible();

  // The verdict: its region, cause title, confidence and sections.
  const verdict = page.getByRole('region', { name: '診断結果' });
  await expect(verdict.getByRole('heading', { level: 2 })).toHaveText(
    'ロールのポリシーが別の API・アカウント・リージョンを指定しています',
  );
  await expect(verdict).toContainText(/証跡により証明済み|推定: まだ証明されていません/);
  await expect(verdict.getByRole('heading', { name: '修正方法' })).toBeVisible();
  await expect(verdict.getByRole('heading', { name: 'お客様へのメッセージ' })).toBeVisible();

  // The trace and the lanes: labels, zoom and inline validity in Japanese, with Japanese units.
  const trace = page.getByTestId('trace');
  await expect(trace.getByRole('group', { name: '表示範囲' }).getByRole('button', { name: '有効期間' })).toBeVisible();
  const calls = trace.getByRole('list', { name: '記録した呼び出し' });
  await expect(calls).toContainText('ID トークン');
  await expect(calls).toContainText('認証情報');
  await expect(calls).toContainText('まで有効');
  await expect(calls).toContainText('ミリ秒');
  const traceText = await trace.innerText();
  expect(traceText).not.toMatch(/valid until|\d\s?(ms|min)\b|\d{12,}/);
  for (const lane of [
    'ユーザープールのトークン',
    'ID プールの認証情報',
    'STS イベント（CloudTrail）',
    'AppSync リクエスト',
  ])
    await expect(page.getByRole('group', { name: lane })).toBeVisible();
  await expect(page.getByRole('list', { name: 'レーン間のリンク' })).toBeVisible();

  // No serious axe violation in this state (folded parts opened too).
  await page.locator('details').evaluateAll((all) => all.forEach((d) => ((d as HTMLDetailsElement).open = true)));
  const { violations } = await new AxeBuilder({ page }).analyze();
  const serious = violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(' ')}`));
  expect(serious).toEqual([]);

  // The choice is a display preference only: it survives a reload, and storage holds nothing of the run.
  const stored = await page.evaluate(() => Object.entries(localStorage));
  expect(stored).toContainEqual(['authtrace-lang', 'ja']);
  for (const [key] of stored) expect(key).toMatch(/^authtrace-(lang|theme)$/);
  await page.reload();
  await expect(page.getByRole('heading', { name: '1 · 接続' })).toBeVisible();
  await page.getByRole('group', { name: '表示言語', exact: true }).getByRole('button', { name: 'English' }).click();
  await expect(page.getByRole('heading', { name: '1 · Connect' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
});

test('an AWS error on the engineer page is explained in Japanese after switching language', async ({
  dashboard,
  page,
}) => {
  await dashboard.useSandbox(SEED);
  // The read-only principal may not read CloudTrail: the STS lane explains the AccessDenied (as in errors.spec.ts).
  const switched = await page.request.post(`${SANDBOX_URL}/__sandbox/scenario`, {
    data: { id: SEED, readOnlyDeny: ['cloudtrail:LookupEvents'] },
  });
  expect(switched.ok()).toBe(true);
  await dashboard.run();
  await expect(dashboard.verdict().getByTestId('verdict-cause')).toHaveText(SEED);
  await expect(dashboard.lane('STS event (CloudTrail)').getByRole('alert')).toContainText(
    'The read-only credentials may not call cloudtrail:LookupEvents',
  );

  await page.getByRole('group', { name: 'Language', exact: true }).getByRole('button', { name: '日本語' }).click();
  const alert = page.getByRole('group', { name: 'STS イベント（CloudTrail）' }).getByRole('alert');
  await expect(alert).toContainText('読み取り専用の認証情報では cloudtrail:LookupEvents を呼び出せません');
  await expect(alert).toContainText(
    'そのプリンシパルのポリシーに {"Effect": "Allow", "Action": "cloudtrail:LookupEvents"',
  );
  // AWS's own words stay as AWS wrote them, quoted in 「」.
  await expect(alert).toContainText(/（「[^」]*AccessDenied[^」]*」）/);
  await expect(alert).not.toContainText(/may not call|principal|Add \{/);
});
