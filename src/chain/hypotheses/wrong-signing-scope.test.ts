import { describe, expect, it } from 'vitest';
import { explain } from '../fixtures/verdict';
import { expectProofsResolve } from '../fixtures/proofs';
import { TARGET, makeCase, makeCredentials, makeSignIn, makeUnauthorized } from '../fixtures/cases';

const scoped = makeUnauthorized({
  status: 403,
  errorType: 'InvalidSignatureException',
  errors: [
    {
      errorType: 'InvalidSignatureException',
      message: "Credential should be scoped to a valid region, not 'us-west-2'. ",
    },
  ],
  error: { name: 'InvalidSignatureException', message: 'Unknown error' },
  signingScope: { date: '20261124', region: 'us-west-2', service: 'appsync' },
});

describe('wrong-signing-scope', () => {
  it('is proven by AppSync’s message and the recorded scope, with the API region from its endpoint', () => {
    const c = makeCase({
      target: {
        ...TARGET,
        region: 'us-west-2',
        graphqlEndpoint: 'https://abc.appsync-api.us-east-1.amazonaws.com/graphql',
      },
      steps: [makeSignIn(), makeCredentials(), scoped],
    });
    const verdict = explain(c);
    expect(verdict.cause).toBe('wrong-signing-scope');
    expect(verdict.headline).toBe('The request was signed for us-west-2, but the API is in us-east-1.');
    expect(verdict.fix.policy).toEqual({ data: { aws_region: 'us-east-1' } });
    expect(verdict.misleading).toContain('Unknown error');
    expectProofsResolve(c, verdict);
  });

  it('falls back to the user pool’s region when the endpoint is a custom domain', () => {
    const c = makeCase({
      target: { ...TARGET, region: 'us-west-2', graphqlEndpoint: 'https://api.example.com/graphql' },
      steps: [makeSignIn(), makeCredentials(), scoped],
    });
    expect(explain(c).headline).toContain('the API is in us-east-1');
  });
});
