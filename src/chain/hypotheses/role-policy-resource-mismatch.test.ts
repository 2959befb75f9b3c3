import { describe, expect, it } from 'vitest';
import { deriveFacts } from '../facts';
import {
  FIELD_ARN,
  ROLE_ARN,
  allowOn,
  makeCase,
  makeCredentials,
  makeDeniedCase,
  makeGraphql,
  makeSignIn,
  makeStsRecord,
  makeUnauthorized,
} from '../fixtures/cases';
import { expectProofsResolve } from '../fixtures/proofs';
import { explain } from '../fixtures/verdict';
import { en } from '../messages/en';
import { render } from '../messages/catalog';
import { rolePolicyResourceMismatch } from './role-policy-resource-mismatch';

const assess = (c: Parameters<typeof deriveFacts>[0]) => rolePolicyResourceMismatch.assess(deriveFacts(c));
const OLD_API = 'arn:aws:appsync:us-east-1:444455556666:apis/b3c4d5/*';

describe('role-policy-resource-mismatch', () => {
  it('is confirmed, part by part, when the policy is readable, and the verdict is proven', () => {
    const c = makeDeniedCase([{ name: 'inline:appsync-access', kind: 'inline', document: allowOn(OLD_API) }]);
    const assessment = assess(c);
    expect(assessment.status).toBe('confirmed');
    expect(render(assessment.reason, en)).toBe(
      `The role’s Allow for appsync:GraphQL names ${OLD_API}, which does not cover ${FIELD_ARN}.`,
    );

    const verdict = explain(c);
    expect(verdict.cause).toBe('role-policy-resource-mismatch');
    expect(verdict.confidence).toBe('proven');
    expect(verdict.explanation).toContain(
      'the account differs (the policy names 444455556666, the API needs 111122223333)',
    );
    // Every part that differs is shown, pointing at the Resource that names it.
    const labels = verdict.proofs.map((p) => p.label);
    expect(labels).toContain('account: the policy names 444455556666, the API needs 111122223333');
    expect(labels).toContain('API id: the policy names b3c4d5, the API needs x7k2mq4n5p6r7s8t9u0v1w2y3z');
    expect(verdict.fix.policy).toMatchObject({ Statement: [{ Resource: [FIELD_ARN] }] });
    expect(verdict.ruledOut.map((r) => r.id)).toEqual(
      expect.arrayContaining(['role-policy-missing-action', 'explicit-deny']),
    );
    expectProofsResolve(c, verdict);
  });

  it('is consistent with the two other policy modes while IAM is hidden, and asks for the one document', () => {
    const c = makeDeniedCase(undefined);
    const assessment = assess(c);
    expect(assessment.status).toBe('consistent');
    if (assessment.status !== 'consistent') return;
    expect(assessment.decidedBy.kind).toBe('role-policies');

    const verdict = explain(c);
    expect(verdict.cause).toBe('role-policy-resource-mismatch');
    expect(verdict.confidence).toBe('likely');
    expect(verdict.headline).toBe(
      `${ROLE_ARN} was assumed, but its policy does not allow appsync:GraphQL on this API.`,
    );
    expect(verdict.candidates.map((x) => x.id)).toEqual([
      'role-policy-resource-mismatch',
      'role-policy-missing-action',
      'explicit-deny',
    ]);
    expect(verdict.next?.kind).toBe('role-policies');
    expect(verdict.next?.how).toContain('--role-name authtrace-demo-authenticated');
    expect(verdict.customerMessage).toContain(
      'permission policies attached to the IAM role authtrace-demo-authenticated',
    );
    expectProofsResolve(c, verdict);
  });

  it('reads AWS’s real denial text and Amplify’s rewrite of it as the same IAM refusal', () => {
    for (const message of ['Permission denied', 'Unauthorized'])
      expect(
        assess(
          makeDeniedCase(undefined, {
            steps: [
              makeSignIn(),
              makeCredentials(),
              makeUnauthorized({ errors: [{ errorType: 'UnauthorizedException', message }] }),
            ],
          }),
        ).status,
      ).toBe('consistent');
  });

  it('carries the STS record explicitly, and says the role is only presumed without it', () => {
    const withRecord = deriveFacts(makeDeniedCase(undefined));
    expect(withRecord.iamDenial?.record?.eventName).toBe('AssumeRoleWithWebIdentity');
    const c = makeDeniedCase(undefined, { records: [] });
    expect(deriveFacts(c).iamDenial?.record).toBeUndefined();
    const verdict = explain(c);
    expect(verdict.cause).toBe('role-policy-resource-mismatch');
    expect(verdict.headline).not.toContain('was assumed');
    expect(verdict.explanation).toContain('no CloudTrail record of the credentials is in the case');
  });

  it('is confirmed when the Allow covers the field but its Condition does not hold', () => {
    const document = {
      Version: '2012-10-17',
      Statement: [
        {
          Effect: 'Allow',
          Action: 'appsync:GraphQL',
          Resource: FIELD_ARN,
          Condition: { StringEquals: { 'aws:RequestedRegion': 'eu-west-1' } },
        },
      ],
    };
    const c = makeDeniedCase([{ name: 'inline:regional', kind: 'inline', document }]);
    const assessment = assess(c);
    expect(assessment.status).toBe('confirmed');
    expect(render(assessment.reason, en)).toContain('its Condition does not hold');
    expect(explain(c).confidence).toBe('proven');
  });

  it('is ruled out when the readable policy allows the field (the 401 is not IAM’s)', () => {
    const c = makeDeniedCase([{ name: 'inline:ok', kind: 'inline', document: allowOn(FIELD_ARN) }]);
    const assessment = assess(c);
    expect(assessment).toMatchObject({ status: 'ruled-out' });
    expect(render(assessment.reason, en)).toBe(`The Allow in inline:ok covers ${FIELD_ARN}.`);
    expectProofsResolve(c, assessment);
    expect(explain(c).cause).not.toMatch(/^role-policy|explicit-deny/);
  });

  it('is ruled out when the role has no Allow for the action at all (that is role-policy-missing-action)', () => {
    const c = makeDeniedCase([{ name: 'inline:s3', kind: 'inline', document: allowOn('*', 's3:GetObject') }]);
    expect(assess(c).status).toBe('ruled-out');
    expect(explain(c).cause).toBe('role-policy-missing-action');
  });

  it('is ruled out when AWS’s simulation allows the field', () => {
    const c = makeDeniedCase(undefined, {
      simulations: [
        {
          roleArn: ROLE_ARN,
          action: 'appsync:GraphQL',
          resource: FIELD_ARN,
          decision: 'allowed',
          matchedStatements: [],
        },
      ],
    });
    const assessment = assess(c);
    expect(assessment.status).toBe('ruled-out');
    expectProofsResolve(c, assessment);
  });

  it('is ruled out when CloudTrail proves another role than the pool’s authenticated one was assumed', () => {
    const viewers = 'arn:aws:iam::111122223333:role/authtrace-demo-viewers';
    const c = makeDeniedCase(undefined, {
      records: [makeStsRecord({ requestParameters: { roleArn: viewers } })],
      identityPool: { roles: { authenticated: ROLE_ARN } },
    });
    const assessment = assess(c);
    expect(assessment.status).toBe('ruled-out');
    expect(render(assessment.reason, en)).toBe(
      `STS assumed ${viewers}, not the expected ${ROLE_ARN}: which role was chosen comes before its policy.`,
    );
    expectProofsResolve(c, assessment);
  });

  it('is ruled out when AppSync ran the request, and says so', () => {
    const c = makeCase({ steps: [makeSignIn(), makeCredentials(), makeGraphql()] });
    const assessment = assess(c);
    expect(assessment.status).toBe('ruled-out');
    expect(render(assessment.reason, en)).toBe('AppSync ran the request (HTTP 200): IAM allowed appsync:GraphQL.');
  });

  it('is ruled out when the chain stopped before the request', () => {
    const c = makeCase({
      steps: [
        makeSignIn(),
        makeCredentials({
          outcome: 'error',
          accessKeyId: undefined,
          error: {
            name: 'NotAuthorizedException',
            message: 'Token is not from a supported provider of this identity pool.',
          },
        }),
      ],
    });
    const assessment = assess(c);
    expect(render(assessment.reason, en)).toBe(
      'The chain stopped at the identity pool credentials call: the AppSync request was never sent.',
    );
    expectProofsResolve(c, assessment);
  });
});

describe('role-policy-resource-mismatch without the API id', () => {
  it('stays consistent and asks for the API id when the policy is there but the field ARN is not known', () => {
    const c = makeDeniedCase([{ name: 'pasted policy', kind: 'inline', document: allowOn(OLD_API) }]);
    const noId = { ...c, target: { ...c.target, apiId: undefined } };
    const assessment = assess(noId);
    expect(assessment.status).toBe('consistent');
    if (assessment.status === 'consistent') expect(assessment.decidedBy.kind).toBe('api-id');

    const verdict = explain(noId);
    expect(verdict.cause).toBe('role-policy-resource-mismatch');
    expect(verdict.confidence).toBe('likely');
    // The documents alone rule out the two others: an Allow for the action exists, and no Deny names it.
    expect(verdict.candidates.map((x) => x.id)).toEqual(['role-policy-resource-mismatch']);
    expect(verdict.next?.kind).toBe('api-id');
    expect(verdict.fix.policy).toMatchObject({ Statement: [{ Resource: [expect.stringContaining('<API_ID>')] }] });
  });
});

describe('role-policy-resource-mismatch names a refused field', () => {
  it('names in the customer message and the simulation ask a field IAM did not allow, not the first one', () => {
    const apiArn = FIELD_ARN.replace(/\/types\/.*$/, '');
    const covered = `${apiArn}/types/Query/fields/listNotes`;
    const open = `${apiArn}/types/Query/fields/getSecretNote`;
    const policy = {
      Version: '2012-10-17',
      Statement: [
        { Effect: 'Allow', Action: 'appsync:GraphQL', Resource: covered },
        // A condition key our evaluator cannot decide: IAM's decision on this field stays unknown.
        {
          Effect: 'Allow',
          Action: 'appsync:GraphQL',
          Resource: open,
          Condition: { StringEquals: { 'aws:SourceVpce': 'vpce-1' } },
        },
      ],
    };
    const c = makeDeniedCase([{ name: 'inline:appsync', kind: 'inline', document: policy }], {
      steps: [
        makeSignIn(),
        makeCredentials(),
        makeUnauthorized({
          query: 'query Q { listNotes { id } getSecretNote { id } }',
          operationName: 'Q',
          fields: [
            { typeName: 'Query', fieldName: 'listNotes' },
            { typeName: 'Query', fieldName: 'getSecretNote' },
          ],
        }),
      ],
      records: [makeStsRecord()],
    });
    const a = assess(c);
    expect(a.status).toBe('consistent');
    if (a.status !== 'consistent') return;
    const customer = render(a.finding.customerMessage, en);
    expect(customer).toContain(open);
    expect(customer).not.toContain(covered);
    expect(render(a.decidedBy.how, en)).toContain(open);
  });
});
