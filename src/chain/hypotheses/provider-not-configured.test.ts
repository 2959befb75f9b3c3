import { describe, expect, it } from 'vitest';
import { explain } from '../fixtures/verdict';
import { TARGET, makeCase, makeCredentials, makeSignIn } from '../fixtures/cases';
import { expectProofsResolve } from '../fixtures/proofs';

const PROVIDER = `cognito-idp.us-east-1.amazonaws.com/${TARGET.userPoolId}`;
const refused = makeCredentials({
  outcome: 'error',
  accessKeyId: undefined,
  expiration: undefined,
  identityId: undefined,
  error: { name: 'NotAuthorizedException', message: 'Token is not from a supported provider of this identity pool.' },
});

describe('provider-not-configured', () => {
  it('is proven by Cognito’s message, and names the app client the pool lists instead', () => {
    const c = makeCase({
      steps: [makeSignIn(), refused],
      records: [],
      identityPool: {
        roles: {},
        providers: [{ providerName: PROVIDER, clientId: '7h2k9m4p6r8t0v1x3z5b7d9f1g' }],
      },
    });
    const verdict = explain(c);
    expect(verdict.cause).toBe('provider-not-configured');
    expect(verdict.confidence).toBe('proven');
    expect(verdict.brokenLink).toBe('token-issuer');
    expect(verdict.explanation).toContain('with app client 7h2k9m4p6r8t0v1x3z5b7d9f1g, not the app');
    expect(verdict.fix.policy).toEqual({
      CognitoIdentityProviders: [
        { ProviderName: PROVIDER, ClientId: TARGET.userPoolClientId, ServerSideTokenCheck: false },
      ],
    });
    expectProofsResolve(c, verdict);
  });

  it('still decides without the pool’s provider list', () => {
    const c = makeCase({ steps: [makeSignIn(), refused], records: [] });
    const verdict = explain(c);
    expect(verdict.cause).toBe('provider-not-configured');
    expect(verdict.customerMessage.en).toContain(TARGET.userPoolClientId);
    expectProofsResolve(c, verdict);
  });

  it('does not fire for other NotAuthorized answers', () => {
    const other = makeCredentials({
      outcome: 'error',
      error: { name: 'NotAuthorizedException', message: "Invalid login token. Couldn't verify signed token." },
    });
    expect(explain(makeCase({ steps: [makeSignIn(), other], records: [] })).cause).toBe('inconclusive');
  });
});
