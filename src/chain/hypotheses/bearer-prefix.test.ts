import { describe, expect, it } from 'vitest';
import type { GraphqlStep } from '../case';
import { deriveFacts } from '../facts';
import { TARGET, makeCase, makeGraphql, makeSignIn } from '../fixtures/cases';
import { expectProofsResolve } from '../fixtures/proofs';
import { explain } from '../fixtures/verdict';
import { ja } from '../messages/ja';
import { renderVerdict } from '../messages/render-verdict';
import { diagnose } from '../diagnose';
import { authModeMismatch } from './auth-mode-mismatch';
import { bearerPrefix } from './bearer-prefix';

// AppSync's answer verbatim (aws/aws-appsync-community #198).
const unparsable = (overrides: Partial<GraphqlStep> = {}) =>
  makeGraphql({
    outcome: 'error',
    authMode: 'userPool',
    status: 401,
    errorType: 'UnauthorizedException',
    errors: [{ errorType: 'UnauthorizedException', message: 'Unable to parse JWT token.' }],
    signedWithAccessKeyId: undefined,
    signingScope: undefined,
    ...overrides,
  });
const userPoolCase = (graphql: GraphqlStep) =>
  makeCase({ target: { ...TARGET, authMode: 'userPool' }, steps: [makeSignIn(), graphql], records: [] });

describe('bearer-prefix', () => {
  it('is proven by a Bearer scheme on a token AppSync could not parse; auth-mode-mismatch steps aside', () => {
    const c = userPoolCase(unparsable({ authorizationScheme: 'Bearer' }));
    const verdict = explain(c);
    expect(verdict.cause).toBe('bearer-prefix');
    expect(verdict.confidence).toBe('proven');
    expect(verdict.fix.summary).toContain('no "Bearer " prefix');
    expect(authModeMismatch.assess(deriveFacts(c)).status).toBe('ruled-out');
    expect(renderVerdict(diagnose(c), ja).customerMessage).toContain('いただけますでしょうか');
    expectProofsResolve(c, verdict);
  });

  it('stays open beside auth-mode-mismatch when the header’s scheme was not recorded (a pasted error)', () => {
    const c = userPoolCase(unparsable());
    const verdict = diagnose(c);
    expect(verdict.confidence).toBe('likely');
    expect(verdict.candidates.map((x) => x.id)).toEqual(['bearer-prefix', 'auth-mode-mismatch']);
    expectProofsResolve(c, verdict);
  });

  it('is ruled out by a bare token, a SigV4 call, and other answers', () => {
    expect(bearerPrefix.assess(deriveFacts(userPoolCase(unparsable({ authorizationScheme: 'bare' })))).status).toBe(
      'ruled-out',
    );
    expect(bearerPrefix.assess(deriveFacts(makeCase())).status).toBe('ruled-out');
    const denied = userPoolCase(
      unparsable({ errors: [{ errorType: 'UnauthorizedException', message: 'Permission denied' }] }),
    );
    expect(bearerPrefix.assess(deriveFacts(denied)).status).toBe('ruled-out');
  });
});
