import { describe, expect, it } from 'vitest';
import type { Case } from '../case';
import { deriveFacts } from '../facts';
import { TARGET, makeCase, makeCredentials, makeSignIn } from '../fixtures/cases';
import { expectProofsResolve } from '../fixtures/proofs';
import { explain } from '../fixtures/verdict';
import { ja } from '../messages/ja';
import { renderVerdict } from '../messages/render-verdict';
import { diagnose } from '../diagnose';
import { providerNotConfigured } from './provider-not-configured';
import { wrongLoginsEntry } from './wrong-logins-entry';

const refused = (message: string) =>
  makeCredentials({
    outcome: 'error',
    accessKeyId: undefined,
    expiration: undefined,
    identityId: undefined,
    error: { name: 'NotAuthorizedException', message },
  });
const PROVIDER = `cognito-idp.us-east-1.amazonaws.com/${TARGET.userPoolId}`;
// AWS's texts verbatim (amazon-cognito-identity-js #12; #40, #68).
const MISSING_AUD = 'Invalid login token. Missing a required claim: aud';
const ISSUER = "Invalid login token. Issuer doesn't match providerName";

describe('wrong-logins-entry', () => {
  it('is proven by "Missing a required claim: aud": the access token was sent', () => {
    const c = makeCase({ steps: [makeSignIn(), refused(MISSING_AUD)], records: [] });
    const verdict = explain(c);
    expect(verdict.cause).toBe('wrong-logins-entry');
    expect(verdict.confidence).toBe('proven');
    expect(verdict.headline).toBe('The app sends the access token to the identity pool instead of the ID token.');
    expect(verdict.fix.summary).toContain(`{ "${PROVIDER}": <the ID token> }`);
    expectProofsResolve(c, verdict);
  });

  it('is proven by "Issuer doesn’t match providerName": the key is wrong', () => {
    const c = makeCase({ steps: [makeSignIn(), refused(ISSUER)], records: [] });
    const verdict = explain(c);
    expect(verdict.cause).toBe('wrong-logins-entry');
    expect(verdict.confidence).toBe('proven');
    expect(verdict.customerMessage).toContain(`Please use "${PROVIDER}" as the key`);
    expect(renderVerdict(diagnose(c), ja).headline).toContain('プロバイダー名');
  });

  it('never lets provider-not-configured be confirmed by these texts', () => {
    for (const message of [MISSING_AUD, ISSUER]) {
      const c = makeCase({ steps: [makeSignIn(), refused(message)], records: [] });
      expect(providerNotConfigured.assess(deriveFacts(c)).status).toBe('ruled-out');
    }
  });

  it('is ruled out by the pool’s other answers and by issued credentials', () => {
    const other = makeCase({
      steps: [makeSignIn(), refused('Token is not from a supported provider of this identity pool.')],
      records: [],
    });
    expect(wrongLoginsEntry.assess(deriveFacts(other)).status).toBe('ruled-out');
    const c: Case = makeCase();
    const a = wrongLoginsEntry.assess(deriveFacts(c));
    expect(a.status).toBe('ruled-out');
    expectProofsResolve(c, a);
  });
});
