import { describe, expect, it } from 'vitest';
import { explain } from '../fixtures/verdict';
import { expectProofsResolve } from '../fixtures/proofs';
import { makeCase, makeCredentials, makeSignIn, makeUnauthorized } from '../fixtures/cases';

describe('api-lacks-iam-mode', () => {
  it('names a signed request that AppSync read as a JWT, and asks for the API’s modes', () => {
    const c = makeCase({
      steps: [
        makeSignIn(),
        makeCredentials(),
        makeUnauthorized({
          errors: [{ errorType: 'UnauthorizedException', message: 'Unable to parse JWT token.' }],
          signingScope: { date: '20261124', region: 'us-east-1', service: 'appsync' },
        }),
      ],
    });
    const verdict = explain(c);
    expect(verdict.cause).toBe('api-lacks-iam-mode');
    expect(verdict.confidence).toBe('likely');
    expect(verdict.missing).toContain('get-graphql-api');
    expectProofsResolve(c, verdict);
  });
});
