import { describe, expect, it } from 'vitest';
import { explain } from '../fixtures/verdict';
import { allowOn, makeDeniedCase } from '../fixtures/cases';

describe('role-policy-missing-action', () => {
  it('is proven when no permission statement covers appsync:GraphQL', () => {
    const verdict = explain(
      makeDeniedCase([
        { name: 'inline:s3', kind: 'inline', document: allowOn('*', ['s3:GetObject', 'appsync:ListGraphqlApis']) },
        { name: 'trust policy', kind: 'trust', document: allowOn('*', 'sts:AssumeRoleWithWebIdentity') },
      ]),
    );
    expect(verdict.cause).toBe('role-policy-missing-action');
    expect(verdict.confidence).toBe('proven');
    expect(verdict.explanation).toContain('inline:s3');
    expect(verdict.fix.policy).toMatchObject({ Statement: [{ Action: 'appsync:GraphQL' }] });
  });

  it('does not fire when a wildcard action covers it', () => {
    expect(
      explain(
        makeDeniedCase([
          {
            name: 'inline:wild',
            kind: 'inline',
            document: allowOn('arn:aws:appsync:eu-west-1:111122223333:apis/x/*', 'appsync:*'),
          },
        ]),
      ).cause,
    ).toBe('role-policy-resource-mismatch');
  });
});
