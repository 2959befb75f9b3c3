import { describe, expect, it } from 'vitest';
import { explain } from '../fixtures/verdict';
import { FIELD_ARN, allowOn, makeDeniedCase } from '../fixtures/cases';
import { resolvePointer } from '../proof';

const deny = {
  Version: '2012-10-17',
  Statement: [{ Sid: 'NoAppSync', Effect: 'Deny', Action: 'appsync:*', Resource: '*' }],
};

describe('explicit-deny', () => {
  it('quotes the Deny of a managed policy even when an Allow matches', () => {
    const c = makeDeniedCase([
      { name: 'inline:ok', kind: 'inline', document: allowOn(FIELD_ARN) },
      { name: 'arn:aws:iam::111122223333:policy/guardrail', kind: 'managed', document: deny },
    ]);
    const verdict = explain(c);
    expect(verdict.cause).toBe('explicit-deny');
    expect(verdict.headline).toContain('arn:aws:iam::111122223333:policy/guardrail (Sid NoAppSync)');
    expect(verdict.fix.policy).toMatchObject({ Sid: 'NoAppSync', Effect: 'Deny' });
    const last = verdict.proofs[verdict.proofs.length - 1];
    expect(resolvePointer(c, last?.pointer ?? '')).toMatchObject({ Sid: 'NoAppSync' });
  });

  it('counts a Deny in the permissions boundary', () => {
    const verdict = explain(
      makeDeniedCase([
        { name: 'inline:ok', kind: 'inline', document: allowOn(FIELD_ARN) },
        { name: 'arn:aws:iam::111122223333:policy/boundary', kind: 'boundary', document: deny },
      ]),
    );
    expect(verdict.cause).toBe('explicit-deny');
  });

  it('takes AWS’s simulation as proof when IAM documents are hidden', () => {
    const verdict = explain(
      makeDeniedCase(undefined, {
        simulations: [
          {
            roleArn: 'arn:aws:iam::111122223333:role/authtrace-demo-authenticated',
            action: 'appsync:GraphQL',
            resource: FIELD_ARN,
            decision: 'explicitDeny',
            matchedStatements: [{ sourcePolicyId: 'guardrail' }],
          },
        ],
      }),
    );
    expect(verdict.cause).toBe('explicit-deny');
    expect(verdict.headline).toContain('guardrail');
  });
});
