import { describe, expect, it } from 'vitest';
import type { Case } from '../case';
import { deriveFacts } from '../facts';
import {
  TARGET,
  makeCase,
  makeCredentials,
  makeInvalidPoolConfig,
  makeSignIn,
  makeUnauthorized,
} from '../fixtures/cases';
import { expectProofsResolve } from '../fixtures/proofs';
import { explain } from '../fixtures/verdict';
import { render } from '../messages/catalog';
import { en } from '../messages/en';
import { wrongSigningScope } from './wrong-signing-scope';

const assess = (c: Case) => wrongSigningScope.assess(deriveFacts(c));
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
    expect(assess(c).status).toBe('confirmed');
    const verdict = explain(c);
    expect(verdict.cause).toBe('wrong-signing-scope');
    expect(verdict.confidence).toBe('proven');
    expect(verdict.candidates.map((x) => x.id)).toEqual(['wrong-signing-scope']);
    expect(verdict.headline).toBe('The request was signed for us-west-2, but the API is in us-east-1.');
    expect(verdict.explanation).toContain('refused us-west-2/appsync');
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

  it('names a request signed for another service', () => {
    const c = makeCase({
      steps: [
        makeSignIn(),
        makeCredentials(),
        {
          ...scoped,
          errors: [
            { errorType: 'InvalidSignatureException', message: 'Credential should be scoped to correct service: ' },
          ],
          signingScope: { date: '20261124', region: 'us-east-1', service: 'execute-api' },
        },
      ],
    });
    expect(explain(c).headline).toBe('The request was signed for the service execute-api, not appsync.');
  });

  it('is ruled out when AppSync got past the signature to an IAM decision', () => {
    const c = makeCase({ steps: [makeSignIn(), makeCredentials(), makeUnauthorized()] });
    const a = assess(c);
    expect(a.status).toBe('ruled-out');
    expect(render(a.reason, en)).toBe(
      'AppSync did not refuse the credential scope: it answered HTTP 401 UnauthorizedException.',
    );
    expectProofsResolve(c, a);
  });

  it('is ruled out when the chain stopped before any request was signed', () => {
    const c = makeCase({ steps: [makeSignIn(), makeInvalidPoolConfig()], records: [] });
    const a = assess(c);
    expect(render(a.reason, en)).toBe(
      'The chain stopped at the identity pool credentials call: no AppSync request was sent.',
    );
    expectProofsResolve(c, a);
  });

  it('is ruled out for a call made with another auth mode', () => {
    const c = makeCase({ steps: [makeSignIn(), makeUnauthorized({ authMode: 'userPool' })] });
    expect(render(assess(c).reason, en)).toBe(
      'The request was not signed with identity pool credentials (authMode userPool).',
    );
  });
});
