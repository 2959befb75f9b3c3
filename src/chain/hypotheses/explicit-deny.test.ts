import { describe, expect, it } from 'vitest';
import { deriveFacts } from '../facts';
import { FIELD_ARN, ROLE_ARN, allowOn, makeCase, makeDeniedCase, makeGraphql, makeSignIn } from '../fixtures/cases';
import { expectProofsResolve } from '../fixtures/proofs';
import { explain } from '../fixtures/verdict';
import { render } from '../messages/catalog';
import { en } from '../messages/en';
import { resolvePointer } from '../proof';
import { explicitDeny } from './explicit-deny';

const assess = (c: Parameters<typeof deriveFacts>[0]) => explicitDeny.assess(deriveFacts(c));
const deny = {
  Version: '2012-10-17',
  Statement: [{ Sid: 'NoAppSync', Effect: 'Deny', Action: 'appsync:*', Resource: '*' }],
};
const GUARDRAIL = 'arn:aws:iam::111122223333:policy/guardrail';
const simulated = (decision: 'explicitDeny' | 'implicitDeny') => ({
  simulations: [
    {
      roleArn: ROLE_ARN,
      action: 'appsync:GraphQL',
      resource: FIELD_ARN,
      decision,
      matchedStatements: decision === 'explicitDeny' ? [{ sourcePolicyId: 'guardrail' }] : [],
    },
  ],
});

describe('explicit-deny', () => {
  it('quotes the Deny of a managed policy even when an Allow matches, and the verdict is proven', () => {
    const c = makeDeniedCase([
      { name: 'inline:ok', kind: 'inline', document: allowOn(FIELD_ARN) },
      { name: GUARDRAIL, kind: 'managed', document: deny },
    ]);
    const assessment = assess(c);
    expect(assessment.status).toBe('confirmed');
    expect(render(assessment.reason, en)).toBe(
      `A Deny in ${GUARDRAIL} (Sid NoAppSync) matches ${FIELD_ARN}, and an explicit Deny overrides every Allow.`,
    );

    const verdict = explain(c);
    expect(verdict.cause).toBe('explicit-deny');
    expect(verdict.confidence).toBe('proven');
    expect(verdict.headline).toContain(`${GUARDRAIL} (Sid NoAppSync)`);
    expect(verdict.fix.policy).toMatchObject({ Sid: 'NoAppSync', Effect: 'Deny' });
    const last = verdict.proofs[verdict.proofs.length - 1];
    expect(resolvePointer(c, last?.pointer ?? '')).toMatchObject({ Sid: 'NoAppSync' });
    expectProofsResolve(c, verdict);
  });

  it('counts a Deny in the permissions boundary', () => {
    const c = makeDeniedCase([
      { name: 'inline:ok', kind: 'inline', document: allowOn(FIELD_ARN) },
      { name: 'arn:aws:iam::111122223333:policy/boundary', kind: 'boundary', document: deny },
    ]);
    expect(assess(c).status).toBe('confirmed');
    expect(explain(c).cause).toBe('explicit-deny');
  });

  it('takes AWS’s simulation as proof of the Deny; without the documents, a missing Allow beside it stays open', () => {
    const c = makeDeniedCase(undefined, simulated('explicitDeny'));
    const assessment = assess(c);
    expect(assessment.status).toBe('confirmed');
    expectProofsResolve(c, assessment);

    const verdict = explain(c);
    expect(verdict.cause).toBe('explicit-deny');
    expect(verdict.headline).toContain('guardrail');
    expect(verdict.confidence).toBe('likely');
    expect(verdict.candidates.map((x) => [x.id, x.status])).toEqual([
      ['explicit-deny', 'confirmed'],
      ['role-policy-resource-mismatch', 'consistent'],
      ['role-policy-missing-action', 'consistent'],
    ]);
    expect(verdict.next?.kind).toBe('role-policies');
  });

  it('is ruled out when the evaluation finds no Deny (IAM refused for lack of an Allow)', () => {
    const c = makeDeniedCase([
      { name: 'inline:old', kind: 'inline', document: allowOn('arn:aws:appsync:us-east-1:444455556666:apis/b3c4d5/*') },
    ]);
    const assessment = assess(c);
    expect(assessment.status).toBe('ruled-out');
    expect(render(assessment.reason, en)).toBe(`No Deny matches ${FIELD_ARN}: IAM refused it for lack of an Allow.`);
    expectProofsResolve(c, assessment);
  });

  it('is ruled out by AWS’s simulation answering implicitDeny', () => {
    const c = makeDeniedCase(undefined, simulated('implicitDeny'));
    const assessment = assess(c);
    expect(assessment.status).toBe('ruled-out');
    expect(assessment.proofs[0]?.pointer).toBe('/simulations/0/decision');
    expectProofsResolve(c, assessment);
  });

  it('is ruled out without the API id when no Deny in the policies names the action', () => {
    const c = makeDeniedCase([{ name: 'inline:ok', kind: 'inline', document: allowOn(FIELD_ARN) }]);
    const assessment = assess({ ...c, target: { ...c.target, apiId: undefined } });
    expect(render(assessment.reason, en)).toBe(
      `No Deny statement in the policies of ${ROLE_ARN} names appsync:GraphQL.`,
    );
  });

  it('is consistent while IAM is hidden, decided by the role’s policies', () => {
    const assessment = assess(makeDeniedCase(undefined));
    expect(assessment.status).toBe('consistent');
    if (assessment.status === 'consistent') expect(assessment.decidedBy.kind).toBe('role-policies');
  });

  it('asks AWS to simulate when a Deny’s condition cannot be decided from the documents', () => {
    const document = {
      Version: '2012-10-17',
      Statement: [
        {
          Effect: 'Deny',
          Action: 'appsync:GraphQL',
          Resource: '*',
          Condition: { IpAddress: { 'aws:SourceIp': '203.0.113.0/24' } },
        },
      ],
    };
    const c = makeDeniedCase([
      { name: 'inline:ok', kind: 'inline', document: allowOn(FIELD_ARN) },
      { name: 'inline:office-only', kind: 'inline', document },
    ]);
    const assessment = assess(c);
    expect(assessment.status).toBe('consistent');
    if (assessment.status !== 'consistent') return;
    expect(assessment.decidedBy.kind).toBe('role-policies');
    expect(render(assessment.decidedBy.how, en)).toContain(
      `aws iam simulate-principal-policy --policy-source-arn ${ROLE_ARN} --action-names appsync:GraphQL --resource-arns ${FIELD_ARN}`,
    );
  });

  it('is ruled out when AppSync answered 200', () => {
    const c = makeCase({ steps: [makeSignIn(), makeGraphql()] });
    expect(assess(c).status).toBe('ruled-out');
  });
});
