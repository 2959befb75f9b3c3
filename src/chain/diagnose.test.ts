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
import { resolvePointer } from './proof';

describe('diagnose', () => {
  it('calls a chain that got data healthy', () => {
    const verdict = explain(makeCase());
    expect(verdict.cause).toBe('healthy');
    expect(verdict.brokenLink).toBeNull();
    expect(verdict.links.filter((l) => l.status === 'broken')).toEqual([]);
  });

  it('names the seed case: role assumed, AppSync 401, fix on this API’s field ARN', () => {
    const c = makeCase({ steps: [makeSignIn(), makeCredentials(), makeUnauthorized()] });
    const verdict = explain(c);
    expect(verdict.cause).toBe('role-policy-resource-mismatch');
    expect(verdict.headline).toContain('authtrace-demo-authenticated was assumed');
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

  it('says the role is unproven when CloudTrail has not delivered the record yet', () => {
    const verdict = explain(makeCase({ steps: [makeSignIn(), makeCredentials(), makeUnauthorized()], records: [] }));
    expect(verdict.cause).toBe('role-policy-resource-mismatch');
    expect(verdict.links.find((l) => l.id === 'sts-key-match')?.status).toBe('unproven');
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
    expect(verdict.confidence).toBe('proven');
    expect(JSON.stringify(verdict.fix.policy)).toContain(c.target.identityPoolId);
  });

  it('is inconclusive, and says where it stopped, when sign-in fails', () => {
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
    expect(verdict.headline).toContain('NotAuthorizedException');
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
