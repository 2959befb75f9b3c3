import { describe, expect, it } from 'vitest';
import { deriveFacts } from '../facts';
import { makeCase, makeCredentials, makeSignIn } from '../fixtures/cases';
import { expectProofsResolve } from '../fixtures/proofs';
import { explain } from '../fixtures/verdict';
import { diagnose } from '../diagnose';
import { guestCredentialsUsed } from './guest-credentials-used';
import { staleIdentityId } from './stale-identity-id';

const OTHER = 'us-east-1:0f1e2d3c-4b5a-4968-8776-a5b4c3d2e1f0';
// AWS's text verbatim, id replaced (aws-amplify/aws-sdk-ios #165; aws-amplify/amplify-js #5696).
const forbidden = (overrides = {}) =>
  makeCredentials({
    outcome: 'error',
    accessKeyId: undefined,
    expiration: undefined,
    identityId: OTHER,
    error: { name: 'NotAuthorizedException', message: `Access to Identity '${OTHER}' is forbidden.` },
    ...overrides,
  });

describe('stale-identity-id', () => {
  it('is proven when the refused call carried the signed-in user’s login; guest credentials are ruled out', () => {
    const c = makeCase({ steps: [makeSignIn(), forbidden()], records: [] });
    const verdict = explain(c);
    expect(verdict.cause).toBe('stale-identity-id');
    expect(verdict.confidence).toBe('proven');
    expect(verdict.headline).toBe(`The app presented identity id ${OTHER}, which is not this user’s.`);
    expect(guestCredentialsUsed.assess(deriveFacts(c)).status).toBe('ruled-out');
    expectProofsResolve(c, verdict);
  });

  it('stays open beside guest-credentials-used when nothing shows the login was attached', () => {
    for (const c of [
      makeCase({ steps: [forbidden()], records: [] }),
      makeCase({ steps: [makeSignIn(), forbidden({ guest: true })], records: [] }),
    ]) {
      const verdict = diagnose(c);
      expect(verdict.confidence).toBe('likely');
      expect(verdict.candidates.map((x) => x.id).sort()).toEqual(['guest-credentials-used', 'stale-identity-id']);
      expect(verdict.next?.kind).toBe('app-call-code');
      expectProofsResolve(c, verdict);
    }
  });

  it('is ruled out by other answers and by issued credentials', () => {
    const other = makeCase({
      steps: [
        makeSignIn(),
        forbidden({ error: { name: 'ResourceNotFoundException', message: `Identity '${OTHER}' not found.` } }),
      ],
      records: [],
    });
    expect(staleIdentityId.assess(deriveFacts(other)).status).toBe('ruled-out');
    const c = makeCase();
    const a = staleIdentityId.assess(deriveFacts(c));
    expect(a.status).toBe('ruled-out');
    expectProofsResolve(c, a);
  });
});
