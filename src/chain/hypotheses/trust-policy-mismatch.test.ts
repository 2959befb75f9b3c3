import { describe, expect, it } from 'vitest';
import type { Case } from '../case';
import { deriveFacts } from '../facts';
import { ROLE_ARN, TARGET, makeCase, makeInvalidPoolConfig, makeSignIn, makeStsRecord } from '../fixtures/cases';
import { expectProofsResolve } from '../fixtures/proofs';
import { explain } from '../fixtures/verdict';
import { render } from '../messages/catalog';
import { en } from '../messages/en';
import { trustPolicyMismatch } from './trust-policy-mismatch';

const invalid = makeInvalidPoolConfig();
const assess = (c: Case) => trustPolicyMismatch.assess(deriveFacts(c));
const OLD_POOL = 'us-east-1:0d9e8f7a-6b5c-4d3e-2f1a-0b9c8d7e6f5a';

/** A Cognito trust policy, as the console writes it (Cognito developer guide, "Role trust and permissions"). */
const trustPolicy = (identityPoolId: string, amr = 'authenticated') => ({
  Version: '2012-10-17',
  Statement: [
    {
      Effect: 'Allow',
      Principal: { Federated: 'cognito-identity.amazonaws.com' },
      Action: 'sts:AssumeRoleWithWebIdentity',
      Condition: {
        StringEquals: { 'cognito-identity.amazonaws.com:aud': identityPoolId },
        'ForAnyValue:StringLike': { 'cognito-identity.amazonaws.com:amr': amr },
      },
    },
  ],
});
const withTrust = (document: unknown): Case =>
  makeCase({
    steps: [makeSignIn(), invalid],
    records: [],
    identityPool: { roles: { authenticated: ROLE_ARN } },
    policies: [{ roleArn: ROLE_ARN, source: 'iam', documents: [{ name: 'trust policy', kind: 'trust', document }] }],
  });

describe('trust-policy-mismatch', () => {
  it('leads on the failed STS record, but stays open until the role is shown to exist (STS refuses a missing one alike)', () => {
    const c = makeCase({
      steps: [makeSignIn(), invalid],
      records: [makeStsRecord({ errorCode: 'AccessDenied', responseElements: null })],
    });
    expect(assess(c)).toMatchObject({ status: 'consistent', decidedBy: { kind: 'trust-policy' } });
    const verdict = explain(c);
    expect(verdict).toMatchObject({
      cause: 'trust-policy-mismatch',
      confidence: 'likely',
      next: { kind: 'trust-policy' },
    });
    expect(verdict.headline).toBe(
      `Cognito could not assume ${ROLE_ARN}: its trust policy does not trust this identity pool.`,
    );
    expectProofsResolve(c, verdict);
  });

  it('is proven by the failed STS record once the role’s trust policy is read, even one it cannot evaluate', () => {
    const undecidable = {
      Version: '2012-10-17',
      Statement: [
        {
          Effect: 'Allow',
          Principal: { Federated: 'cognito-identity.amazonaws.com' },
          Action: 'sts:AssumeRoleWithWebIdentity',
          Condition: { StringEquals: { 'aws:SourceIp': '203.0.113.7' } },
        },
      ],
    };
    const c = {
      ...withTrust(undecidable),
      records: [makeStsRecord({ errorCode: 'AccessDenied', responseElements: null })],
    };
    expect(assess(c).status).toBe('confirmed');
    const verdict = explain(c);
    expect(verdict.cause).toBe('trust-policy-mismatch');
    expect(verdict.confidence).toBe('proven');
    expect(verdict.candidates.map((x) => x.id)).toEqual(['trust-policy-mismatch']);
    expect(verdict.customerMessage).not.toMatch(/send us/i);
    expectProofsResolve(c, verdict);
  });

  it('is proven by the role’s trust policy when it names another identity pool', () => {
    const c = withTrust(trustPolicy(OLD_POOL));
    const a = assess(c);
    expect(a.status).toBe('confirmed');
    expect(render(a.reason, en)).toBe(
      `The trust policy of ${ROLE_ARN} does not admit this identity pool's signed-in users.`,
    );
    const verdict = explain(c);
    expect(verdict).toMatchObject({ cause: 'trust-policy-mismatch', confidence: 'proven' });
    expect(verdict.proofs.map((p) => p.pointer)).toContain('/policies/0/documents/0/document');
    expect(JSON.stringify(verdict.fix.policy)).toContain(TARGET.identityPoolId);
    expectProofsResolve(c, verdict);
  });

  it('is proven by a trust policy that admits only guests of this pool', () => {
    expect(assess(withTrust(trustPolicy(TARGET.identityPoolId, 'unauthenticated'))).status).toBe('confirmed');
  });

  it('is ruled out by a trust policy that admits this pool’s signed-in users', () => {
    const c = withTrust(trustPolicy(TARGET.identityPoolId));
    const a = assess(c);
    expect(a.status).toBe('ruled-out');
    expect(render(a.reason, en)).toBe(`The trust policy of ${ROLE_ARN} admits this identity pool's signed-in users.`);
    expectProofsResolve(c, a);
    // No mode is left: the verdict says where the chain stopped instead of guessing.
    expect(explain(c).cause).toBe('inconclusive');
  });

  it('with the pool’s roles readable, is the one candidate left, and asks for the role’s trust policy', () => {
    const c = makeCase({
      steps: [makeSignIn(), invalid],
      records: [],
      identityPool: { roles: { authenticated: ROLE_ARN } },
    });
    const a = assess(c);
    expect(a.status).toBe('consistent');
    const verdict = explain(c);
    expect(verdict.cause).toBe('trust-policy-mismatch');
    expect(verdict.confidence).toBe('likely');
    expect(verdict.candidates.map((x) => x.id)).toEqual(['trust-policy-mismatch']);
    expect(verdict.next?.kind).toBe('trust-policy');
    expect(verdict.next?.how).toContain('aws iam get-role --role-name authtrace-demo-authenticated');
    expectProofsResolve(c, verdict);
  });

  it('is ruled out when the pool has no role for the user: no trust policy was tried', () => {
    const c = makeCase({ steps: [makeSignIn(), invalid], records: [], identityPool: { roles: {} } });
    expect(render(assess(c).reason, en)).toBe(
      'The identity pool has no role for this user, so no trust policy was tried.',
    );
  });

  it('is ruled out once STS assumed the role, pointing at the record', () => {
    const c = makeCase();
    const a = assess(c);
    expect(render(a.reason, en)).toBe('The identity pool issued credentials: STS assumed the role.');
    expect(a.proofs[0]?.pointer).toBe('/records/0/requestParameters/roleArn');
    expectProofsResolve(c, a);
  });
});
