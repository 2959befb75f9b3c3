import { describe, expect, it } from 'vitest';
import type { Case } from '../case';
import { deriveFacts } from '../facts';
import {
  ROLE_ARN,
  makeCase,
  makeCredentials,
  makeInvalidPoolConfig,
  makeSignIn,
  makeStsRecord,
} from '../fixtures/cases';
import { expectProofsResolve } from '../fixtures/proofs';
import { explain } from '../fixtures/verdict';
import { render } from '../messages/catalog';
import { en } from '../messages/en';
import { noAuthenticatedRole } from './no-authenticated-role';

const UNAUTH = 'arn:aws:iam::111122223333:role/authtrace-demo-unauthenticated';
const invalid = makeInvalidPoolConfig();
const assess = (c: Case) => noAuthenticatedRole.assess(deriveFacts(c));

describe('no-authenticated-role', () => {
  it('is proven when the readable pool has no authenticated role', () => {
    const c = makeCase({
      steps: [makeSignIn(), invalid],
      records: [],
      identityPool: { roles: { unauthenticated: UNAUTH } },
    });
    expect(assess(c).status).toBe('confirmed');
    const verdict = explain(c);
    expect(verdict.cause).toBe('no-authenticated-role');
    expect(verdict.confidence).toBe('proven');
    expect(verdict.candidates.map((x) => x.id)).toEqual(['no-authenticated-role']);
    expect(verdict.ruledOut.find((r) => r.id === 'trust-policy-mismatch')?.reason).toBe(
      'The identity pool has no role for this user, so no trust policy was tried.',
    );
    expect(verdict.fix.policy).toMatchObject({ Roles: { unauthenticated: UNAUTH } });
    expectProofsResolve(c, verdict);
  });

  it('names a role mapping that resolves to Deny from Cognito’s message', () => {
    const c = makeCase({
      steps: [
        makeSignIn(),
        makeCredentials({
          outcome: 'error',
          error: {
            name: 'NotAuthorizedException',
            message:
              'The ambiguous role mapping rules for: cognito-idp.us-east-1.amazonaws.com/us-east-1_aT7rAcE01 denied this request.',
          },
        }),
      ],
      records: [],
    });
    const verdict = explain(c);
    expect(verdict.cause).toBe('no-authenticated-role');
    expect(verdict.confidence).toBe('proven');
    expect(verdict.headline).toContain('role mapping gives this user no role');
    expect(verdict.fix.policy).toMatchObject({
      RoleMappings: {
        'cognito-idp.us-east-1.amazonaws.com/us-east-1_aT7rAcE01': { AmbiguousRoleResolution: 'AuthenticatedRole' },
      },
    });
    expectProofsResolve(c, verdict);
  });

  it('is ruled out by a failed STS call: Cognito found a role, and the trust policy is proven instead', () => {
    const c = makeCase({
      steps: [makeSignIn(), invalid],
      records: [makeStsRecord({ errorCode: 'AccessDenied', responseElements: null })],
      identityPool: { roles: { unauthenticated: UNAUTH } },
    });
    const a = assess(c);
    expect(a.status).toBe('ruled-out');
    expect(render(a.reason, en)).toContain(`Cognito asked STS to assume ${ROLE_ARN}`);
    expectProofsResolve(c, a);
    // The trust policy is not in the case: a role that does not exist gets the same refusal from STS.
    expect(explain(c)).toMatchObject({ cause: 'trust-policy-mismatch', confidence: 'likely' });
  });

  it('is ruled out when the pool’s roles give this user a role', () => {
    const c = makeCase({
      steps: [makeSignIn(), invalid],
      records: [],
      identityPool: { roles: { authenticated: ROLE_ARN } },
    });
    const a = assess(c);
    expect(render(a.reason, en)).toBe(`The identity pool gives this user a role: ${ROLE_ARN}.`);
    expectProofsResolve(c, a);
  });

  it('is ruled out once the identity pool issued credentials', () => {
    const c = makeCase();
    expect(render(assess(c).reason, en)).toBe('The identity pool issued credentials, so it had a role for this user.');
  });

  it('without the pool’s roles, either no role or an untrusting role fits: likely, led by the earlier link (the pool’s role before the role’s trust), and asks for the pool’s roles', () => {
    // Before the differential this was "likely trust-policy-mismatch, alternative no-authenticated-role"; the same
    // two candidates now come in chain order, and the pool's roles are the one read that decides between them.
    const c = makeCase({ steps: [makeSignIn(), invalid], records: [] });
    const a = assess(c);
    expect(a.status).toBe('consistent');
    expect(a.status === 'consistent' && a.decidedBy.kind).toBe('identity-pool-roles');
    const verdict = explain(c);
    expect(verdict.cause).toBe('no-authenticated-role');
    expect(verdict.confidence).toBe('likely');
    expect(verdict.candidates.map((x) => x.id)).toEqual(['no-authenticated-role', 'trust-policy-mismatch']);
    expect(verdict.next?.kind).toBe('identity-pool-roles');
    expect(verdict.customerMessage).toContain('get-identity-pool-roles');
    expectProofsResolve(c, verdict);
  });
});
