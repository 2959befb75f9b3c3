import { describe, expect, it } from 'vitest';
import { parseAppConfig } from '@/chain/app-config';
import gen2Additional from '@/chain/fixtures/app-config/amplify-outputs.iam-additional.json?raw';
import gen1 from '@/chain/fixtures/app-config/amplifyconfiguration.gen1.json?raw';
import legacyAdditional from '@/chain/fixtures/app-config/amplifyconfiguration.iam-additional.json?raw';
import { runNeedsCredentials } from '@/chain/connection';
import { render } from '@/chain/messages/catalog';
import { dashboardEn as en } from '@/chain/messages/dashboard-catalog';
import { ja as jaCore } from '@/chain/messages/ja';
import { uiJa } from '@/chain/messages/ui-ja';
import { EMPTY_DRAFT, draftFromConfig, validateDraft } from './connection-draft';

const ja = { ...jaCore, ...uiJa };

function read(text: string) {
  const result = parseAppConfig(text);
  if (!result.ok) throw new Error(result.error);
  return result;
}

describe('a pasted Connect config', () => {
  it('carries the API’s additional auth modes into the connection the run uses', () => {
    for (const text of [gen2Additional, legacyAdditional]) {
      const { connection } = validateDraft(draftFromConfig(EMPTY_DRAFT, read(text)));
      expect(connection?.target.authMode).toBe('userPool');
      expect(connection?.apiAuthModes).toEqual(['userPool', 'iam', 'apiKey']);
      // IAM is an additional mode: the run fetches identity pool credentials (src/aws/amplify-chain.ts).
      expect(connection && runNeedsCredentials(connection)).toBe(true);
    }
  });

  it('does not keep a previous config’s modes when the next config lists none', () => {
    const first = draftFromConfig(EMPTY_DRAFT, read(gen2Additional));
    const second = draftFromConfig(first, read(gen1));
    expect(second.apiAuthModes).toBeUndefined();
    expect(validateDraft(second).connection?.apiAuthModes).toBeUndefined();
  });

  it('names a bad field in the viewer’s language', () => {
    const { errors } = validateDraft({ ...EMPTY_DRAFT, region: 'nowhere' });
    expect(errors.region && render(errors.region, en)).toBe('Region must be an AWS region such as us-east-1.');
    expect(errors.region && render(errors.region, ja)).toContain('リージョン');
    expect(errors.userPoolId && render(errors.userPoolId, ja)).toBe('ユーザープール IDを入力してください。');
  });
});
