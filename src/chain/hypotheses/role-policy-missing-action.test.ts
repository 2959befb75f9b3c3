import { describe, expect, it } from 'vitest';
import { deriveFacts } from '../facts';
import { FIELD_ARN, ROLE_ARN, allowOn, makeCase, makeDeniedCase, makeSignIn } from '../fixtures/cases';
import { expectProofsResolve } from '../fixtures/proofs';
import { explain } from '../fixtures/verdict';
import { render } from '../messages/catalog';
import { en } from '../messages/en';
import { rolePolicyMissingAction } from './role-policy-missing-action';

const assess = (c: Parameters<typeof deriveFacts>[0]) => rolePolicyMissingAction.assess(deriveFacts(c));
const S3_ONLY = [
  {
    name: 'inline:s3',
    kind: 'inline' as const,
    document: allowOn('*', ['s3:GetObject', 'appsync:ListGraphqlApis']),
  },
  { name: 'trust policy', kind: 'trust' as const, document: allowOn('*', 'sts:AssumeRoleWithWebIdentity') },
];

describe('role-policy-missing-action', () => {
  it('is confirmed, and the verdict proven, when no permission statement covers appsync:GraphQL', () => {
    const c = makeDeniedCase(S3_ONLY);
    const assessment = assess(c);
    expect(assessment.status).toBe('confirmed');
    expect(render(assessment.reason, en)).toBe(
      `None of the 1 permission policy of ${ROLE_ARN} (inline:s3) has a statement that allows appsync:GraphQL.`,
    );

    const verdict = explain(c);
    expect(verdict.cause).toBe('role-policy-missing-action');
    expect(verdict.confidence).toBe('proven');
    expect(verdict.explanation).toContain('inline:s3');
    expect(verdict.fix.policy).toMatchObject({ Statement: [{ Action: 'appsync:GraphQL', Resource: [FIELD_ARN] }] });
    expectProofsResolve(c, verdict);
  });

  it('is decided by the documents alone, even without the API id', () => {
    const c = makeDeniedCase(S3_ONLY);
    expect(assess({ ...c, target: { ...c.target, apiId: undefined } }).status).toBe('confirmed');
  });

  it('is ruled out when a wildcard action covers it, quoting that statement', () => {
    const c = makeDeniedCase([
      {
        name: 'inline:wild',
        kind: 'inline',
        document: allowOn('arn:aws:appsync:eu-west-1:111122223333:apis/x/*', 'appsync:*'),
      },
    ]);
    const assessment = assess(c);
    expect(assessment.status).toBe('ruled-out');
    expect(render(assessment.reason, en)).toBe(
      'inline:wild allows appsync:GraphQL (on some resource): the role has the action.',
    );
    expectProofsResolve(c, assessment);
    expect(explain(c).cause).toBe('role-policy-resource-mismatch');
  });

  it('is consistent while IAM is hidden, decided by the role’s policies', () => {
    const assessment = assess(makeDeniedCase(undefined));
    expect(assessment.status).toBe('consistent');
    if (assessment.status === 'consistent') expect(assessment.decidedBy.kind).toBe('role-policies');
  });

  it('stays consistent when only AWS’s simulation answers implicitDeny: the documents tell it from an Allow on other ARNs', () => {
    const c = makeDeniedCase(undefined, {
      simulations: [
        {
          roleArn: ROLE_ARN,
          action: 'appsync:GraphQL',
          resource: FIELD_ARN,
          decision: 'implicitDeny',
          matchedStatements: [],
        },
      ],
    });
    const assessment = assess(c);
    expect(assessment.status).toBe('consistent');
    if (assessment.status === 'consistent') expect(assessment.decidedBy.kind).toBe('role-policies');
    const verdict = explain(c);
    expect(verdict.candidates.map((x) => x.id)).toEqual([
      'role-policy-resource-mismatch',
      'role-policy-missing-action',
    ]);
    expect(verdict.ruledOut.find((r) => r.id === 'explicit-deny')?.reason).toBe(
      `No Deny matches ${FIELD_ARN}: IAM refused it for lack of an Allow.`,
    );
  });

  it('is ruled out when the request was never signed with IAM', () => {
    const c = makeCase({ steps: [makeSignIn()], records: [] });
    expect(render(assess(c).reason, en)).toBe('The case holds no AppSync request.');
  });
});
