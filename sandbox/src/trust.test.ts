import { describe, expect, it } from 'vitest';
import { AUTH_ROLE_ARN, IDENTITY_POOL_ID, PROVIDER_NAME, UNAUTH_ROLE_ARN } from '../scenarios/base-account.ts';
import { healthy } from '../scenarios/healthy.ts';
import { trustPolicyMismatch } from '../scenarios/trust-policy-mismatch.ts';
import type { Role, Scenario } from './scenario.ts';
import { authenticatedAmr, evaluateTrust, GUEST_AMR, type WebIdentity } from './trust.ts';

const signedIn: WebIdentity = {
  identityPoolId: IDENTITY_POOL_ID,
  identityId: 'us-east-1:0f1e2d3c-4b5a-4697-8877-665544332211',
  amr: authenticatedAmr(PROVIDER_NAME, 'user-sub'),
};
const guest: WebIdentity = { ...signedIn, amr: GUEST_AMR };

function role(scenario: Scenario, arn: string): Role | undefined {
  return scenario.roles.find((r) => r.arn === arn);
}

describe('evaluateTrust', () => {
  it('lets this identity pool assume the authenticated role for a signed-in identity', async () => {
    expect((await evaluateTrust(role(healthy, AUTH_ROLE_ARN), signedIn)).allowed).toBe(true);
  });

  it('keeps guests out of the authenticated role and signed-in users out of the guest role (amr)', async () => {
    expect((await evaluateTrust(role(healthy, AUTH_ROLE_ARN), guest)).allowed).toBe(false);
    expect((await evaluateTrust(role(healthy, UNAUTH_ROLE_ARN), guest)).allowed).toBe(true);
    expect((await evaluateTrust(role(healthy, UNAUTH_ROLE_ARN), signedIn)).allowed).toBe(false);
  });

  it('refuses when the trust policy names another identity pool (trust-policy-mismatch)', async () => {
    const decision = await evaluateTrust(role(trustPolicyMismatch, AUTH_ROLE_ARN), signedIn);
    expect(decision.allowed).toBe(false);
    expect(decision.reason).toMatch(/aud and amr/);
  });

  it('refuses a role that does not exist', async () => {
    expect(await evaluateTrust(undefined, signedIn)).toEqual({ allowed: false, reason: 'The role does not exist.' });
  });

  it('honours an explicit Deny on the identity id (sub)', async () => {
    const base = role(healthy, AUTH_ROLE_ARN);
    if (!base) throw new Error('no role');
    const statements = Array.isArray(base.trustPolicy.Statement)
      ? base.trustPolicy.Statement
      : [base.trustPolicy.Statement];
    const denying: Role = {
      ...base,
      trustPolicy: {
        Version: '2012-10-17',
        Statement: [
          ...statements,
          {
            Effect: 'Deny',
            Principal: { Federated: 'cognito-identity.amazonaws.com' },
            Action: 'sts:AssumeRoleWithWebIdentity',
            Condition: { StringEquals: { 'cognito-identity.amazonaws.com:sub': signedIn.identityId } },
          },
        ],
      },
    };
    const decision = await evaluateTrust(denying, signedIn);
    expect(decision).toMatchObject({ allowed: false });
    expect(decision.reason).toMatch(/Deny/);
  });
});
