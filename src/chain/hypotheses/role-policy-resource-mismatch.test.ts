import { describe, expect, it } from 'vitest';
import { explain } from '../fixtures/verdict';
import { FIELD_ARN, ROLE_ARN, allowOn, makeDeniedCase } from '../fixtures/cases';
import { resolvePointer } from '../proof';

describe('role-policy-resource-mismatch', () => {
  it('is proven, part by part, when the policy is readable', () => {
    const c = makeDeniedCase([
      {
        name: 'inline:appsync-access',
        kind: 'inline',
        document: allowOn('arn:aws:appsync:us-east-1:444455556666:apis/b3c4d5/*'),
      },
    ]);
    const verdict = explain(c);
    expect(verdict.cause).toBe('role-policy-resource-mismatch');
    expect(verdict.confidence).toBe('proven');
    expect(verdict.explanation).toContain('account: the policy names 444455556666, the API needs 111122223333');
    expect(verdict.explanation).toContain('API id: the policy names b3c4d5');
    expect(verdict.fix.policy).toMatchObject({ Statement: [{ Resource: [FIELD_ARN] }] });
    for (const proof of verdict.proofs) {
      const value = resolvePointer(c, proof.pointer);
      expect(typeof value === 'object' ? JSON.stringify(value) : String(value)).toBe(proof.value);
    }
  });

  it('is likely, and asks for the one document, when IAM is hidden', () => {
    const verdict = explain(makeDeniedCase(undefined));
    expect(verdict.cause).toBe('role-policy-resource-mismatch');
    expect(verdict.confidence).toBe('likely');
    expect(verdict.missing).toContain(`permission policies of ${ROLE_ARN}`);
    expect(verdict.alternatives).toEqual(['role-policy-missing-action', 'explicit-deny']);
  });

  it('steps aside when the readable policy allows the field (the 401 is not IAM’s)', () => {
    const verdict = explain(makeDeniedCase([{ name: 'inline:ok', kind: 'inline', document: allowOn(FIELD_ARN) }]));
    expect(verdict.cause).not.toMatch(/^role-policy|explicit-deny/);
  });
});

describe('role-policy-resource-mismatch without the API id', () => {
  it('stays likely and asks for the API id when the policy is there but the field ARN is not known', () => {
    const c = makeDeniedCase([
      {
        name: 'pasted policy',
        kind: 'inline',
        document: allowOn('arn:aws:appsync:us-east-1:444455556666:apis/b3c4d5/*'),
      },
    ]);
    const verdict = explain({ ...c, target: { ...c.target, apiId: undefined } });
    expect(verdict.cause).toBe('role-policy-resource-mismatch');
    expect(verdict.confidence).toBe('likely');
    expect(verdict.missing).toContain('API id');
  });
});
