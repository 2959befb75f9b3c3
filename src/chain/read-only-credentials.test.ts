import { describe, expect, it } from 'vitest';
import { awsEn } from './messages/aws-en';
import { awsJa } from './messages/aws-ja';
import { render, wordsMessage } from './messages/catalog';
import { en } from './messages/en';
import { ja } from './messages/ja';
import { LONG_LIVED_KEY_WARNING, parseReadOnlyCredentials } from './read-only-credentials';

const EN = { ...en, ...awsEn };
const JA = { ...ja, ...awsJa };

const KEY = 'AKIASANDBOXREADONLY1';
const SECRET = 'sandboxReadOnlySecretKeyNotARealKey0000001';

describe('parseReadOnlyCredentials', () => {
  it('reads `aws configure export-credentials --format process` JSON', () => {
    const text = JSON.stringify({
      Version: 1,
      AccessKeyId: 'ASIAEXAMPLEEXAMPLE01',
      SecretAccessKey: SECRET,
      SessionToken: 'tok',
      Expiration: '2099-01-01T00:00:00Z',
    });
    expect(parseReadOnlyCredentials(text)).toEqual({
      ok: true,
      credentials: {
        accessKeyId: 'ASIAEXAMPLEEXAMPLE01',
        secretAccessKey: SECRET,
        sessionToken: 'tok',
        expiration: '2099-01-01T00:00:00Z',
      },
    });
  });

  it('reads env blocks with or without export, and credentials-file profiles', () => {
    for (const text of [
      `export AWS_ACCESS_KEY_ID=${KEY}\nexport AWS_SECRET_ACCESS_KEY=${SECRET}`,
      `AWS_ACCESS_KEY_ID=${KEY}\nAWS_SECRET_ACCESS_KEY="${SECRET}"`,
      `[default]\naws_access_key_id = ${KEY}\naws_secret_access_key = ${SECRET}`,
      `$Env:AWS_ACCESS_KEY_ID="${KEY}"\n$Env:AWS_SECRET_ACCESS_KEY="${SECRET}"`,
    ]) {
      expect(parseReadOnlyCredentials(text)).toEqual({
        ok: true,
        credentials: { accessKeyId: KEY, secretAccessKey: SECRET },
        warning: LONG_LIVED_KEY_WARNING,
      });
    }
  });

  it('says what is missing or wrong, in English and in Japanese', () => {
    const refusal = (text: string) => {
      const parsed = parseReadOnlyCredentials(text);
      if (parsed.ok) throw new Error('accepted');
      return [render(wordsMessage(parsed.error), EN), render(wordsMessage(parsed.error), JA)];
    };
    const cases: [string, RegExp, RegExp][] = [
      ['', /export-credentials/, /読み取り専用の認証情報を貼り付けてください/],
      [`AWS_ACCESS_KEY_ID=${KEY}`, /secret access key/, /シークレットアクセスキーが見つかりません/],
      ['AWS_SECRET_ACCESS_KEY=x', /No access key id found/, /アクセスキー ID が見つかりません/],
      [
        'AWS_ACCESS_KEY_ID=hello\nAWS_SECRET_ACCESS_KEY=x',
        /^"hello…" is not an access key id/,
        /^「hello…」はアクセスキー ID ではありません/,
      ],
      [
        `AWS_ACCESS_KEY_ID=ASIAEXAMPLEEXAMPLE01\nAWS_SECRET_ACCESS_KEY=${SECRET}`,
        /session token/,
        /セッショントークン/,
      ],
      [
        JSON.stringify({ AccessKeyId: KEY, SecretAccessKey: SECRET, Expiration: '2001-01-01T00:00:00Z' }),
        /expired at 2001-01-01T00:00:00Z/,
        /2001-01-01T00:00:00Z に有効期限が切れています/,
      ],
    ];
    for (const [text, english, japanese] of cases) {
      const [inEn, inJa] = refusal(text);
      expect(inEn).toMatch(english);
      expect(inJa).toMatch(japanese);
    }
  });

  it('warns about long-lived AKIA keys and says how to make temporary ones; ASIA keys pass without a word', () => {
    const long = parseReadOnlyCredentials(`AWS_ACCESS_KEY_ID=${KEY}\nAWS_SECRET_ACCESS_KEY=${SECRET}`);
    expect(long.ok && long.warning && render(wordsMessage(long.warning), EN)).toMatch(
      /long-lived.*aws sts get-session-token/,
    );
    expect(long.ok && long.warning && render(wordsMessage(long.warning), JA)).toMatch(
      /長期アクセスキー.*aws sts get-session-token/,
    );
    const temporary = parseReadOnlyCredentials(
      `AWS_ACCESS_KEY_ID=ASIAEXAMPLEEXAMPLE01\nAWS_SECRET_ACCESS_KEY=${SECRET}\nAWS_SESSION_TOKEN=tok`,
    );
    expect(temporary.ok && temporary.warning).toBeUndefined();
  });
});
