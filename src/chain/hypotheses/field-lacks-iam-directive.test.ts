import { describe, expect, it } from 'vitest';
import type { Case } from '../case';
import { diagnose } from '../diagnose';
import { deriveFacts } from '../facts';
import seedOutputs from '../fixtures/app-config/seed-amplify-outputs.json';
import { TARGET, makeCase, makeCredentials, makeGraphql, makeSignIn, makeUnauthorized } from '../fixtures/cases';
import { expectProofsResolve } from '../fixtures/proofs';
import { explain } from '../fixtures/verdict';
import { render } from '../messages/catalog';
import { en } from '../messages/en';
import { buildOfflineCase } from '../offline/build-case';
import { fieldLacksIamDirective } from './field-lacks-iam-directive';

const assess = (c: Case) => fieldLacksIamDirective.assess(deriveFacts(c));
const NOT_AUTHORIZED = 'Not Authorized to access listNotes on type Query';
const fieldDenied = (overrides: Parameters<typeof makeGraphql>[0] = {}) =>
  makeGraphql({
    outcome: 'error',
    errors: [{ errorType: 'Unauthorized', message: NOT_AUTHORIZED, path: ['listNotes'] }],
    signingScope: { date: '20261124', region: 'us-east-1', service: 'appsync' },
    ...overrides,
  });

describe('field-lacks-iam-directive', () => {
  it('is consistent, never proven, for a field AppSync refused to the IAM mode inside a 200: the schema decides', () => {
    const c = makeCase({ steps: [makeSignIn(), makeCredentials(), fieldDenied()] });
    const assessment = assess(c);
    expect(assessment.status).toBe('consistent');
    if (assessment.status !== 'consistent') return;
    expect(assessment.decidedBy.kind).toBe('appsync-schema');
    expect(assessment.decidedBy.how).toEqual({
      id: 'need.appsync-schema.how',
      params: { apiId: TARGET.apiId, field: 'Query.listNotes' },
    });
    // The reason names the competitor the schema must exclude: an Amplify resolver's IAM allow-list.
    expect(render(assessment.reason, en)).toContain('Amplify-generated resolver');
    expectProofsResolve(c, assessment);

    const verdict = explain(c);
    expect(verdict.cause).toBe('field-lacks-iam-directive');
    expect(verdict.confidence).toBe('likely');
    expect(verdict.headline).toBe('Query.listNotes does not allow the AWS_IAM mode: it lacks @aws_iam.');
    expect(verdict.fix.summary).toContain('@aws_iam');
    expect(verdict.next?.kind).toBe('appsync-schema');
    // The policy modes and the mode checks step aside: AppSync ran the IAM request.
    for (const id of ['role-policy-resource-mismatch', 'api-lacks-iam-mode', 'auth-mode-mismatch'])
      expect(verdict.ruledOut.map((r) => r.id)).toContain(id);
    expectProofsResolve(c, verdict);
  });

  it('an offline case with only a 200 Not Authorized to access X on type Y (IAM) is not proven: it lists the candidates and asks for the deciding piece', () => {
    const built = buildOfflineCase({
      appConfig: JSON.stringify(seedOutputs),
      // AppSync's body as the app logged it: a field error, not rewritten by Amplify (only UnauthorizedException is).
      appError: JSON.stringify({
        data: { listNotes: null },
        errors: [
          { path: ['listNotes'], data: null, errorType: 'Unauthorized', errorInfo: null, message: NOT_AUTHORIZED },
        ],
      }),
      query: 'query ListNotes { listNotes { id } }',
    });
    expect(built.ok).toBe(true);
    if (!built.ok) return;
    const verdict = diagnose(built.case);
    expect(verdict.confidence).toBe('likely');
    const candidate = verdict.candidates.find((x) => x.id === 'field-lacks-iam-directive');
    expect(candidate).toMatchObject({ status: 'consistent', decidedBy: { kind: 'appsync-schema' } });
    expect(candidate?.decidedBy?.how).toMatchObject({ params: { field: 'Query.listNotes' } });
    expect(verdict.candidates.every((x) => x.status === 'consistent')).toBe(true);
    // The one ask that closes the case is the customer message's last paragraph.
    expect(verdict.next).toBeDefined();
    expect(verdict.candidates.map((x) => x.decidedBy?.kind)).toContain(verdict.next?.kind);
    expect(verdict.customerMessage.at(-1)).toEqual(verdict.next?.ask);
  });

  it('is ruled out when AppSync refused the whole request', () => {
    const c = makeCase({ steps: [makeSignIn(), makeCredentials(), makeUnauthorized()] });
    const assessment = assess(c);
    expect(render(assessment.reason, en)).toBe(
      'AppSync refused the whole request (HTTP 401); a field’s directive answers inside a 200.',
    );
    expectProofsResolve(c, assessment);
  });

  it('is ruled out when AppSync answered without a field authorization error', () => {
    expect(render(assess(makeCase()).reason, en)).toBe('AppSync answered without a field authorization error.');
  });

  it('is ruled out for a call that did not use IAM (another mode’s directive is not this mode)', () => {
    const c = makeCase({
      steps: [
        makeSignIn(),
        fieldDenied({ authMode: 'userPool', signingScope: undefined, signedWithAccessKeyId: undefined }),
      ],
    });
    expect(render(assess(c).reason, en)).toBe('The call used authMode userPool, not IAM.');
  });
});
