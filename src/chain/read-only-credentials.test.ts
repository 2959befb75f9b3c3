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

  it('says what is missing or wrong', () => {
    expect(parseReadOnlyCredentials('')).toMatchObject({
      ok: false,
      error: expect.stringContaining('export-credentials'),
    });
    expect(parseReadOnlyCredentials(`AWS_ACCESS_KEY_ID=${KEY}`)).toMatchObject({
      ok: false,
      error: expect.stringContaining('secret access key'),
    });
    expect(parseReadOnlyCredentials('AWS_ACCESS_KEY_ID=hello\nAWS_SECRET_ACCESS_KEY=x')).toMatchObject({
      ok: false,
      error: expect.stringContaining('not an access key id'),
    });
    expect(
      parseReadOnlyCredentials(`AWS_ACCESS_KEY_ID=ASIAEXAMPLEEXAMPLE01\nAWS_SECRET_ACCESS_KEY=${SECRET}`),
    ).toMatchObject({ ok: false, error: expect.stringContaining('session token') });
    expect(
      parseReadOnlyCredentials(
        JSON.stringify({ AccessKeyId: KEY, SecretAccessKey: SECRET, Expiration: '2001-01-01T00:00:00Z' }),
      ),
    ).toMatchObject({ ok: false, error: expect.stringContaining('expired') });
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
