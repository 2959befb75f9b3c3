import { describe, expect, it } from 'vitest';
import { caseSchema } from './case';
import { explain } from './fixtures/verdict';
import {
  makeCase,
  makeCredentials,
  makeGraphql,
  makeInvalidPoolConfig,
  makeSignIn,
  makeStsRecord,
  makeUnauthorized,
} from './fixtures/cases';
import { FAILURE_MODES } from './failure-modes';
import { resolvePointer } from './proof';

// The modes of the identity pool and of the role it chooses: a 401 after a good sign-in must not be blamed on them.
const IDENTITY_MODES = [
  'provider-not-configured',
  'token-expired',
  'no-authenticated-role',
  'trust-policy-mismatch',
  'guest-credentials-used',
  'group-role-selected',
];

describe('diagnose', () => {
  it('calls a chain that got data healthy, and proves it: every other mode is ruled out', () => {
    const verdict = explain(makeCase());
    expect(verdict.cause).toBe('healthy');
    expect(verdict.confidence).toBe('proven');
    expect(verdict.candidates.map((c) => c.id)).toEqual(['healthy']);
    expect(verdict.ruledOut).toHaveLength(FAILURE_MODES.length - 1);
    expect(verdict.next).toBeUndefined();
    expect(verdict.brokenLink).toBeNull();
    expect(verdict.links.filter((l) => l.status === 'broken')).toEqual([]);
  });

  it('names the seed case: role assumed, AppSync 401, fix on this API’s field ARN', () => {
    const c = makeCase({ steps: [makeSignIn(), makeCredentials(), makeUnauthorized()] });
    const verdict = explain(c);
    expect(verdict.cause).toBe('role-policy-resource-mismatch');
    expect(verdict.headline).toContain('authtrace-demo-authenticated');
    expect(verdict.fix.policy).toMatchObject({
      Statement: [
        {
          Action: 'appsync:GraphQL',
          Resource: [
            'arn:aws:appsync:us-east-1:111122223333:apis/x7k2mq4n5p6r7s8t9u0v1w2y3z/types/Query/fields/listNotes',
          ],
        },
      ],
    });
    // Amplify's authMode suggestion is flagged as misleading, never offered as the fix.
    expect(verdict.fix.summary).not.toMatch(/authMode/i);
    expect(verdict.misleading).toMatch(/authMode/);
    expect(verdict.links.find((l) => l.id === 'sts-key-match')?.status).toBe('holds');
  });

  it('without the role’s policies the seed case is likely, not proven, and asks for exactly those policies', () => {
    const verdict = explain(makeCase({ steps: [makeSignIn(), makeCredentials(), makeUnauthorized()] }));
    expect(verdict.confidence).toBe('likely');
    expect(verdict.next?.kind).toBe('role-policies');
    expect(verdict.customerMessage.split('\n\n')).toHaveLength(2);
    // The STS record shows the pool's expected role was assumed with the token: no identity mode is left open.
    const ruledOut = verdict.ruledOut.map((r) => r.id);
    for (const id of IDENTITY_MODES) expect(ruledOut).toContain(id);
    expect(verdict.ruledOut.find((r) => r.id === 'group-role-selected')?.reason).toBe(
      "STS assumed the pool's default authenticated role, arn:aws:iam::111122223333:role/authtrace-demo-authenticated.",
    );
  });

  it('says the role is unproven when CloudTrail has not delivered the record yet, and still rules out guest and group roles from the run and the token', () => {
    const verdict = explain(makeCase({ steps: [makeSignIn(), makeCredentials(), makeUnauthorized()], records: [] }));
    expect(verdict.cause).toBe('role-policy-resource-mismatch');
    expect(verdict.links.find((l) => l.id === 'sts-key-match')?.status).toBe('unproven');
    const reasons = Object.fromEntries(verdict.ruledOut.map((r) => [r.id, r.reason]));
    expect(reasons['guest-credentials-used']).toBe(
      "The credentials were requested with the signed-in user's ID token.",
    );
    expect(reasons['group-role-selected']).toBe(
      'The ID token carries no group role (no cognito:roles or cognito:preferred_role).',
    );
  });

  it('does not match a record that issued another access key', () => {
    const c = makeCase({
      steps: [makeSignIn(), makeCredentials(), makeUnauthorized()],
      records: [makeStsRecord({ accessKeyId: 'ASIAOTHERKEY00000001' })],
    });
    expect(explain(c).links.find((l) => l.id === 'sts-key-match')?.status).toBe('unproven');
  });

  it('names a trust policy mismatch from the credentials error and the failed STS record', () => {
    const c = makeCase({
      steps: [makeSignIn(), makeInvalidPoolConfig()],
      records: [
        makeStsRecord({
          errorCode: 'AccessDenied',
          errorMessage: 'Not authorized to perform sts:AssumeRoleWithWebIdentity',
          responseElements: null,
        }),
      ],
    });
    const verdict = explain(c);
    expect(verdict.cause).toBe('trust-policy-mismatch');
    // Until the role's trust policy is read, a role that does not exist fits the same refusal.
    expect(verdict.confidence).toBe('likely');
    expect(verdict.candidates.map((x) => x.id)).toEqual(['trust-policy-mismatch']);
    expect(verdict.next?.kind).toBe('trust-policy');
    expect(verdict.ruledOut.find((r) => r.id === 'clock-skew')?.reason).toBe(
      'The chain stopped at the identity pool credentials call: no AppSync request was sent.',
    );
    expect(JSON.stringify(verdict.fix.policy)).toContain(c.target.identityPoolId);
  });

  it('is inconclusive when sign-in fails: it says where the chain stopped and what to do, and rules every mode out', () => {
    const c = makeCase({
      steps: [
        makeSignIn({
          outcome: 'error',
          idToken: undefined,
          error: { name: 'NotAuthorizedException', message: 'Incorrect username or password.' },
        }),
      ],
      records: [],
    });
    const verdict = explain(c);
    expect(verdict.cause).toBe('inconclusive');
    expect(verdict.brokenLink).toBe('sign-in');
    expect(verdict.headline).toBe('The chain stopped at sign-in: NotAuthorizedException.');
    expect(verdict.explanation).toBe('NotAuthorizedException: "Incorrect username or password."');
    expect(verdict.fix.summary).toBe('Check the test user’s username and password, then run again.');
    expect(verdict.candidates).toEqual([]);
    expect(verdict.ruledOut).toHaveLength(FAILURE_MODES.length);
    expect(verdict.ruledOut.find((r) => r.id === 'token-expired')?.reason).toBe(
      'The chain stopped at sign-in, before the identity pool was asked.',
    );
    expect(verdict.ruledOut.find((r) => r.id === 'credentials-expired')?.reason).toBe(
      'The chain stopped at sign-in: no AppSync request was sent.',
    );
  });

  it('is inconclusive when the identity pool refuses for a reason no mode knows, and says what to check', () => {
    const c = makeCase({
      steps: [
        makeSignIn(),
        makeCredentials({
          outcome: 'error',
          accessKeyId: undefined,
          expiration: undefined,
          error: { name: 'ResourceNotFoundException', message: 'IdentityPool us-east-1:… not found.' },
        }),
      ],
      records: [],
    });
    const verdict = explain(c);
    expect(verdict.cause).toBe('inconclusive');
    expect(verdict.brokenLink).toBe('credentials');
    expect(verdict.headline).toBe(
      'The chain stopped at the identity pool credentials call: ResourceNotFoundException.',
    );
    expect(verdict.fix.summary).toContain('check the user pool, app client and identity pool ids');
  });

  it('asks for the run when the case has no steps, instead of naming a cause', () => {
    const verdict = explain(makeCase({ steps: [], records: [] }));
    expect(verdict.cause).toBe('inconclusive');
    expect(verdict.headline).toBe('Not enough evidence for a verdict yet.');
    expect(verdict.next?.kind).toBe('run-chain');
    expect(verdict.next?.ask).toContain('the exact error the app shows');
    expect(verdict.fix.summary).toBe('Run the chain, or paste the evidence the customer sent on the offline page.');
    expect(verdict.ruledOut.find((r) => r.id === 'provider-not-configured')?.reason).toBe(
      'No identity pool call is in the evidence.',
    );
    expect(verdict.ruledOut.find((r) => r.id === 'wrong-signing-scope')?.reason).toBe(
      'No AppSync request is in the evidence.',
    );
  });

  it('points every proof at a value that is in the case', () => {
    const c = makeCase({ steps: [makeSignIn(), makeCredentials(), makeUnauthorized()] });
    for (const proof of explain(c).proofs) expect(String(resolvePointer(c, proof.pointer))).toBe(proof.value);
  });

  it('reads cases that pass the schema', () => {
    expect(caseSchema.safeParse(makeCase({ steps: [makeSignIn(), makeCredentials(), makeGraphql()] })).success).toBe(
      true,
    );
  });
});
