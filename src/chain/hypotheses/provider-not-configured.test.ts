import { describe, expect, it } from 'vitest';
import type { Case } from '../case';
import { deriveFacts } from '../facts';
import { TARGET, makeCase, makeCredentials, makeSignIn } from '../fixtures/cases';
import { expectProofsResolve } from '../fixtures/proofs';
import { explain } from '../fixtures/verdict';
import { render, type Message } from '../messages/catalog';
import { en } from '../messages/en';
import { ja } from '../messages/ja';
import { renderVerdict } from '../messages/render-verdict';
import { diagnose } from '../diagnose';
import { providerNotConfigured } from './provider-not-configured';

const PROVIDER = `cognito-idp.us-east-1.amazonaws.com/${TARGET.userPoolId}`;
const refused = makeCredentials({
  outcome: 'error',
  accessKeyId: undefined,
  expiration: undefined,
  identityId: undefined,
  error: { name: 'NotAuthorizedException', message: 'Token is not from a supported provider of this identity pool.' },
});
const assess = (c: Case) => providerNotConfigured.assess(deriveFacts(c));
const say = (m: Message) => render(m, en);

describe('provider-not-configured', () => {
  it('is proven by Cognito’s message, and names the app client the pool lists instead', () => {
    const c = makeCase({
      steps: [makeSignIn(), refused],
      records: [],
      identityPool: { roles: {}, providers: [{ providerName: PROVIDER, clientId: '7h2k9m4p6r8t0v1x3z5b7d9f1g' }] },
    });
    expect(assess(c).status).toBe('confirmed');
    const verdict = explain(c);
    expect(verdict.cause).toBe('provider-not-configured');
    expect(verdict.confidence).toBe('proven');
    // The pool lists this user pool (with another app client): it is the app's pool, not a wrong id.
    expect(verdict.candidates.map((x) => x.id)).toEqual(['provider-not-configured']);
    expect(verdict.ruledOut.map((x) => x.id)).toContain('identity-pool-not-found');
    expect(verdict.next).toBeUndefined();
    expect(verdict.brokenLink).toBe('token-issuer');
    expect(verdict.explanation).toContain('with app client 7h2k9m4p6r8t0v1x3z5b7d9f1g, not the app');
    expect(verdict.fix.policy).toEqual({
      CognitoIdentityProviders: [
        { ProviderName: PROVIDER, ClientId: TARGET.userPoolClientId, ServerSideTokenCheck: false },
      ],
    });
    expectProofsResolve(c, verdict);
  });

  it('leads without the pool’s provider list, says what the list must hold, and asks for it (a wrong pool fits too)', () => {
    const c = makeCase({ steps: [makeSignIn(), refused], records: [] });
    const verdict = explain(c);
    expect(verdict.cause).toBe('provider-not-configured');
    expect(verdict.confidence).toBe('likely');
    expect(verdict.candidates.map((x) => x.id)).toEqual(['provider-not-configured', 'identity-pool-not-found']);
    expect(verdict.next?.kind).toBe('identity-pool-config');
    expect(verdict.explanation).toContain(`must include ${PROVIDER} with app client ${TARGET.userPoolClientId}`);
    expect(verdict.customerMessage).toContain(TARGET.userPoolClientId);
    expect(renderVerdict(diagnose(c), ja).customerMessage).toContain('いただけますでしょうか');
    expectProofsResolve(c, verdict);
  });

  it('stays open on GetId’s "Logins don’t match" (a pool without providers, or another pool), never confirmed', () => {
    const message = "Logins don't match. Please include at least one valid login for this identity or identity pool.";
    const atGetId = makeCredentials({
      outcome: 'error',
      accessKeyId: undefined,
      expiration: undefined,
      identityId: undefined,
      error: { name: 'NotAuthorizedException', message },
    });
    const a = assess(makeCase({ steps: [makeSignIn(), atGetId], records: [] }));
    expect(a.status).toBe('consistent');
    if (a.status === 'consistent') expect(a.decidedBy.kind).toBe('identity-pool-config');
    // The same text at GetCredentialsForIdentity (an identity id is known) is not this mode's.
    const later = { ...atGetId, identityId: 'us-east-1:0f0e0d0c-1111-2222-3333-444455556666' };
    expect(assess(makeCase({ steps: [makeSignIn(), later], records: [] })).status).toBe('ruled-out');
  });

  it('is ruled out once the identity pool issued credentials', () => {
    const c = makeCase();
    const a = assess(c);
    expect(a.status).toBe('ruled-out');
    expect(say(a.reason)).toBe('The identity pool accepted the app client’s ID token and issued credentials.');
    expectProofsResolve(c, a);
  });

  it('is ruled out by another NotAuthorized answer, which no mode explains: the verdict says where it stopped', () => {
    const other = makeCredentials({
      outcome: 'error',
      error: { name: 'NotAuthorizedException', message: "Invalid login token. Couldn't verify signed token." },
    });
    const c = makeCase({ steps: [makeSignIn(), other], records: [] });
    const a = assess(c);
    expect(a.status).toBe('ruled-out');
    expect(say(a.reason)).toBe('The identity pool refused with another error (NotAuthorizedException).');
    expectProofsResolve(c, a);
    const verdict = explain(c);
    expect(verdict.cause).toBe('inconclusive');
    expect(verdict.headline).toBe('The chain stopped at the identity pool credentials call: NotAuthorizedException.');
  });

  it('is ruled out when sign-in failed: the identity pool was never asked', () => {
    const signIn = makeSignIn({
      outcome: 'error',
      idToken: undefined,
      error: { name: 'NotAuthorizedException', message: 'Incorrect username or password.' },
    });
    const c = makeCase({ steps: [signIn], records: [] });
    const a = assess(c);
    expect(say(a.reason)).toBe('The chain stopped at sign-in, before the identity pool was asked.');
    expectProofsResolve(c, a);
  });
});
