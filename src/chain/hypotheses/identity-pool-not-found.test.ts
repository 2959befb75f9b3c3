import { describe, expect, it } from 'vitest';
import type { Case, Call } from '../case';
import { deriveFacts } from '../facts';
import { TARGET, iso, makeCase, makeCredentials, makeSignIn } from '../fixtures/cases';
import { expectProofsResolve } from '../fixtures/proofs';
import { explain } from '../fixtures/verdict';
import { en } from '../messages/en';
import { ja } from '../messages/ja';
import { renderVerdict } from '../messages/render-verdict';
import { diagnose } from '../diagnose';
import { identityPoolNotFound } from './identity-pool-not-found';

const refused = (name: string, message: string, calls: Call[] = []) =>
  makeCredentials({
    outcome: 'error',
    accessKeyId: undefined,
    expiration: undefined,
    identityId: undefined,
    calls,
    error: { name, message },
  });
const getIdCall = (errorType: string, errorMessage: string): Call => ({
  service: 'cognito-identity',
  operation: 'GetId',
  at: iso(1),
  durationMs: 80,
  status: 400,
  errorType,
  errorMessage,
});
const assess = (c: Case) => identityPoolNotFound.assess(deriveFacts(c));
// AWS's texts verbatim, ids replaced (aws-amplify/amplify-js #14117; aws/amazon-freertos #1829; amplify-js #2443).
const NOT_FOUND = `IdentityPool '${TARGET.identityPoolId}' not found.`;
const MALFORMED =
  "1 validation error detected: Value 'us-east-1:not_a_pool' at 'identityPoolId' failed to satisfy constraint: Member must satisfy regular expression pattern: [\\w-]+:[0-9a-f-]+";
const LOGINS = "Logins don't match. Please include at least one valid login for this identity or identity pool.";

describe('identity-pool-not-found', () => {
  it('is proven by ResourceNotFoundException "IdentityPool … not found", and names the config field to fix', () => {
    const c = makeCase({ steps: [makeSignIn(), refused('ResourceNotFoundException', NOT_FOUND)], records: [] });
    expect(assess(c).status).toBe('confirmed');
    const verdict = explain(c);
    expect(verdict.cause).toBe('identity-pool-not-found');
    expect(verdict.confidence).toBe('proven');
    expect(verdict.headline).toBe(
      `The app’s identity pool ${TARGET.identityPoolId} does not exist in this account and region.`,
    );
    expect(verdict.fix.summary).toContain('auth.identity_pool_id');
    expect(renderVerdict(diagnose(c), ja).customerMessage).toContain('いただけますでしょうか');
    expectProofsResolve(c, verdict);
  });

  it('is proven by a malformed id, from AWS (ValidationException) or from Amplify before any call', () => {
    for (const step of [
      refused('ValidationException', MALFORMED),
      refused('InvalidIdentityPoolIdException', 'Invalid identity pool id provided.'),
    ]) {
      const c = makeCase({ steps: [makeSignIn(), step], records: [] });
      const verdict = explain(c);
      expect(verdict.cause).toBe('identity-pool-not-found');
      expect(verdict.confidence).toBe('proven');
      expect(verdict.explanation).toContain('<region>:<uuid>');
    }
  });

  it('leaves "Logins don’t match" at GetId open beside provider-not-configured: the pool’s config decides', () => {
    const c = makeCase({
      steps: [makeSignIn(), refused('NotAuthorizedException', LOGINS, [getIdCall('NotAuthorizedException', LOGINS)])],
      records: [],
    });
    const verdict = diagnose(c);
    expect(verdict.confidence).toBe('likely');
    expect(verdict.candidates.map((x) => x.id)).toEqual(['identity-pool-not-found', 'provider-not-configured']);
    expect(verdict.next?.kind).toBe('identity-pool-config');
    expect(renderVerdict(verdict, en).customerMessage).toContain('describe-identity-pool');
  });

  it('is ruled out by "Logins don’t match" at GetCredentialsForIdentity, and once credentials were issued', () => {
    const atCredentials = refused('NotAuthorizedException', LOGINS, [
      { ...getIdCall('NotAuthorizedException', LOGINS), operation: 'GetCredentialsForIdentity' },
    ]);
    expect(assess(makeCase({ steps: [makeSignIn(), atCredentials], records: [] })).status).toBe('ruled-out');
    const c = makeCase();
    const a = assess(c);
    expect(a.status).toBe('ruled-out');
    expectProofsResolve(c, a);
  });
});
