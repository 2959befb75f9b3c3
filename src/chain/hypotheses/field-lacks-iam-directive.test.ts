import { describe, expect, it } from 'vitest';
import { explain } from '../fixtures/verdict';
import { expectProofsResolve } from '../fixtures/proofs';
import { makeCase, makeCredentials, makeGraphql, makeSignIn } from '../fixtures/cases';

describe('field-lacks-iam-directive', () => {
  it('names the field AppSync refused to the IAM mode inside a 200', () => {
    const c = makeCase({
      steps: [
        makeSignIn(),
        makeCredentials(),
        makeGraphql({
          outcome: 'error',
          errors: [
            {
              errorType: 'Unauthorized',
              message: 'Not Authorized to access listNotes on type Query',
              path: ['listNotes'],
            },
          ],
          signingScope: { date: '20261124', region: 'us-east-1', service: 'appsync' },
        }),
      ],
    });
    const verdict = explain(c);
    expect(verdict.cause).toBe('field-lacks-iam-directive');
    expect(verdict.headline).toBe('Query.listNotes does not allow the AWS_IAM mode: it lacks @aws_iam.');
    expect(verdict.fix.summary).toContain('@aws_iam');
    expectProofsResolve(c, verdict);
  });
});
